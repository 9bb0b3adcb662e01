// `dxnews serve DIR [--port N] [--for SECONDS]`: serves a directory (normally corpus/demo) on
// 127.0.0.1 with the demo server until Ctrl-C, so that the crawler and a browser can be pointed at
// it by hand. `dxnews demo` uses the same server.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <mutex>
#include <string>

#include "commands.h"
#include "console.h"
#include "demo_server.h"

namespace dxnews::cli {
namespace {

class ServeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("dir", dir_, "The directory to serve (e.g. corpus/demo)")->required();
    app.add_option("--port", port_, "Port on 127.0.0.1 (default 0: any free port)")
        ->check(CLI::Range(0, 65535));
    app.add_option("--for", seconds_, "Stop after this many seconds (default: serve until interrupted)")
        ->check(CLI::PositiveNumber);
  }

  int Run(const GlobalOptions& global) override {
    // Block SIGINT/SIGTERM before the server threads start, so that they inherit the mask and the
    // signal is taken here by sigtimedwait instead of killing the process mid-response.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    DemoServerOptions options;
    options.root = dir_;
    options.port = port_;
    DemoServer server(options);
    std::mutex log_mutex;
    if (!global.quiet) {
      server.SetObserver([&log_mutex](const ServedRequest& r) {
        std::lock_guard<std::mutex> lock(log_mutex);
        std::fprintf(stderr, "dxnews: serve: %d %s %s (%zu bytes)\n", r.status, r.method.c_str(),
                     r.path.c_str(), r.bytes);
      });
    }
    Result<int> port = server.Start();
    if (!port.ok()) return ReportFailure(port.status());
    std::cout << "serving " << dir_ << " at " << server.BaseUrl() << "/" << std::endl;

    const std::time_t deadline = seconds_ > 0 ? std::time(nullptr) + seconds_ : 0;
    int received = 0;
    while (received <= 0) {
      timespec tick{1, 0};
      received = sigtimedwait(&signals, nullptr, &tick);
      if (deadline != 0 && std::time(nullptr) >= deadline) break;
    }
    server.Stop();
    return received == SIGINT ? kExitInterrupted : kExitOk;
  }

 private:
  std::string dir_;
  int port_ = 0;
  int seconds_ = 0;
};

}  // namespace

std::unique_ptr<Command> MakeServeCommand() { return std::make_unique<ServeCommand>(); }

}  // namespace dxnews::cli
