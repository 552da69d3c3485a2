// colorized-cli: the same engine as the GUI, for batch work and servers without a display.

#include "commands.h"

#include "colorized/core/openmpwait.h"
#include "colorized/imaging/errortext.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    colorized::restartWithPassiveOpenMpWaiting(argv);  // before any thread: see openmpwait.h
    CLI::App app{"COLORIZED: colorize black-and-white archive photographs with a diffusion model."};
    app.set_version_flag("--version", std::string("colorized-cli ") + COLORIZED_VERSION);
    app.require_subcommand(1);
    std::function<int()> run;
    colorized::cli::addColorizeCommand(app, run);
    colorized::cli::addTrainCommand(app, run);
    colorized::cli::addEvalCommand(app, run);
    colorized::cli::addInfoCommand(app, run);
    colorized::cli::addBenchCommand(app, run);
    colorized::cli::addPackCommand(app, run);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? colorized::cli::kExitOk : colorized::cli::kExitUsage;
    }
    try {
        return run();
    } catch (const std::exception& error) {
        std::cerr << "colorized-cli: " << colorized::imaging::readableMessage(error) << "\n";
        return colorized::cli::kExitBadInput;
    }
}
