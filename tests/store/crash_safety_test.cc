// kill -9 in the middle of a run of committed batches: everything the writer reported committed
// is there, complete; the batch in flight is all-or-nothing; re-running adds no duplicates.
#include <catch2/catch.hpp>

#include <csignal>
#include <cstdio>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "dxnews/store/article_store.h"
#include "support/temp_dir.h"

namespace dxnews::store {
namespace {

constexpr int kBatchSize = 40;
constexpr int kMaxBatches = 100000;  // the child never gets that far: it is killed first

StoredArticle BatchArticle(int batch, int item) {
  StoredArticle a;
  a.url = "https://baodientu.example.vn/lo-" + std::to_string(batch) + "/bai-" + std::to_string(item) + ".html";
  a.source_id = "baodientu";
  a.title = "Lô " + std::to_string(batch) + ", bài " + std::to_string(item) + ": chuyển đổi số cấp xã";
  a.text = std::string(500 + item, 'a') + " Người dân dùng dịch vụ công trực tuyến.";
  a.published = 1700000000 + batch * 100 + item;
  a.tags = {"chuyển đổi số", "lô " + std::to_string(batch)};
  a.fetched_at = 1700000000;
  a.raw = "<html><body><p>" + a.text + "</p></body></html>";
  return a;
}

std::vector<StoredArticle> Batch(int batch) {
  std::vector<StoredArticle> articles;
  for (int item = 0; item < kBatchSize; ++item) articles.push_back(BatchArticle(batch, item));
  return articles;
}

// The child: commits batch after batch, writing each committed batch number to `report`.
[[noreturn]] void WriteBatchesUntilKilled(const std::string& path, int report) {
  Result<std::unique_ptr<ArticleStore>> store = ArticleStore::Open(path);
  if (!store.ok()) _exit(3);
  for (int batch = 0; batch < kMaxBatches; ++batch) {
    if (!store.value()->UpsertBatch(Batch(batch)).ok()) _exit(4);
    if (write(report, &batch, sizeof batch) != static_cast<ssize_t>(sizeof batch)) _exit(5);
  }
  _exit(0);
}

TEST_CASE("kill -9 mid-run loses no committed batch and a re-run adds no duplicates", "[store][crash]") {
  const int delay_us = GENERATE(0, 700, 4000, 20000);
  testing::TempDir dir;
  std::string path = dir.File("dxnews.sqlite");
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(fds[0]);
    WriteBatchesUntilKilled(path, fds[1]);
  }
  close(fds[1]);
  int last_committed = -1;
  while (last_committed < 7) {  // let it commit a few batches, then kill it mid-stream
    int batch = 0;
    REQUIRE(read(fds[0], &batch, sizeof batch) == static_cast<ssize_t>(sizeof batch));
    CHECK(batch == last_committed + 1);
    last_committed = batch;
  }
  usleep(delay_us);  // lands the kill at different points of the child's next batches
  REQUIRE(kill(child, SIGKILL) == 0);
  int wait_status = 0;
  REQUIRE(waitpid(child, &wait_status, 0) == child);
  REQUIRE(WIFSIGNALED(wait_status));
  CHECK(WTERMSIG(wait_status) == SIGKILL);
  // Batches reported after we stopped reading were committed too.
  int batch = 0;
  while (read(fds[0], &batch, sizeof batch) == static_cast<ssize_t>(sizeof batch)) last_committed = batch;
  close(fds[0]);

  Result<std::unique_ptr<ArticleStore>> reopened = ArticleStore::Open(path);
  REQUIRE(reopened.ok());
  ArticleStore& store = *reopened.value();
  std::int64_t count = store.Count().value();
  INFO("killed " << delay_us << " us later; committed batches 0.." << last_committed << ", rows " << count);
  // Every reported batch is there and complete; at most the one in flight is extra, and whole.
  CHECK(count % kBatchSize == 0);
  CHECK(count >= (last_committed + 1) * kBatchSize);
  CHECK(count <= (last_committed + 2) * kBatchSize);
  for (int b = 0; b <= last_committed; ++b) {
    for (int item = 0; item < kBatchSize; ++item) {
      StoredArticle expected = BatchArticle(b, item);
      Result<std::optional<StoredArticle>> found = store.FindByUrl(expected.url);
      REQUIRE(found.ok());
      REQUIRE(found.value().has_value());
      CHECK(found.value()->text == expected.text);
      CHECK(found.value()->raw == expected.raw);
    }
  }

  // The next run resumes: the same batches again change nothing, new ones are added once.
  int rerun_batches = static_cast<int>(count / kBatchSize) + 2;
  int unchanged = 0;
  int inserted = 0;
  for (int b = 0; b < rerun_batches; ++b) {
    Result<std::vector<UpsertOutcome>> outcomes = store.UpsertBatch(Batch(b));
    REQUIRE(outcomes.ok());
    for (const UpsertOutcome& o : outcomes.value()) {
      unchanged += o.kind == UpsertOutcome::Kind::kUnchanged;
      inserted += o.kind == UpsertOutcome::Kind::kInserted;
      CHECK(o.kind != UpsertOutcome::Kind::kUpdated);
    }
  }
  CHECK(unchanged == count);
  CHECK(inserted == rerun_batches * kBatchSize - count);
  CHECK(store.Count().value() == rerun_batches * kBatchSize);
}

}  // namespace
}  // namespace dxnews::store
