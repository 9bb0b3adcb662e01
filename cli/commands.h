// Factories of the subcommands; each lives in its own <name>_command.cc.
#ifndef DXNEWS_CLI_COMMANDS_H_
#define DXNEWS_CLI_COMMANDS_H_

#include <memory>

#include "command.h"

namespace dxnews::cli {

std::unique_ptr<Command> MakeAnalyzeCommand();
std::unique_ptr<Command> MakeDemoCommand();
std::unique_ptr<Command> MakeDigestCommand();
std::unique_ptr<Command> MakeDocumentsCommand();
std::unique_ptr<Command> MakeEventsCommand();
std::unique_ptr<Command> MakeExportCommand();
std::unique_ptr<Command> MakeOfficialsCommand();
std::unique_ptr<Command> MakeTrendsCommand();
std::unique_ptr<Command> MakeClusterCommand();
std::unique_ptr<Command> MakeCrawlCommand();
std::unique_ptr<Command> MakeExtractCommand();
std::unique_ptr<Command> MakeImportCommand();
std::unique_ptr<Command> MakeIndexCommand();
std::unique_ptr<Command> MakeReindexCommand();
std::unique_ptr<Command> MakeSearchCommand();
std::unique_ptr<Command> MakeShowCommand();
std::unique_ptr<Command> MakeSimilarCommand();
std::unique_ptr<Command> MakeNormalizeCommand();
std::unique_ptr<Command> MakeReanalyzeCommand();
std::unique_ptr<Command> MakeSegmentCommand();
std::unique_ptr<Command> MakeServeCommand();
std::unique_ptr<Command> MakeSourcesCommand();

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_COMMANDS_H_
