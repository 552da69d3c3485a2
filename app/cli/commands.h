#pragma once
// colorized-cli subcommands. Each registers its options on the CLI11 app and returns an exit
// code: 0 ok, 1 bad input (unreadable file, corrupt model...), 2 usage.

#include <CLI/App.hpp>

#include <functional>

namespace colorized::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

// Adds the subcommand; `run` is set to the function to call when it was chosen.
void addColorizeCommand(CLI::App& app, std::function<int()>& run);
void addTrainCommand(CLI::App& app, std::function<int()>& run);
void addEvalCommand(CLI::App& app, std::function<int()>& run);
void addInfoCommand(CLI::App& app, std::function<int()>& run);
void addBenchCommand(CLI::App& app, std::function<int()>& run);
void addPackCommand(CLI::App& app, std::function<int()>& run);

}  // namespace colorized::cli
