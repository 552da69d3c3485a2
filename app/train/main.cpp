// colorized-train: the trainer alone, for a machine that has a (CUDA) LibTorch and nothing else
// (no Qt, no OpenCV). It reads packs made by `colorized-cli pack` and takes the same options,
// with the same defaults, as `colorized-cli train` (colorized/core/trainoptions.h).

#include "colorized/core/trainoptions.h"
#include "colorized/core/trainrun.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

// The exit codes of colorized-cli: 0 ok, 1 bad input, 2 usage.
constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

}  // namespace

int main(int argc, char** argv)
{
    const std::string program = "colorized-train";
    colorized::TrainArguments args;
    try {
        switch (colorized::parseTrainArguments(std::vector<std::string>(argv + 1, argv + argc), args)) {
        case colorized::TrainParse::Help:
            std::cout << colorized::trainUsage(program);
            return kExitOk;
        case colorized::TrainParse::Version:
            std::cout << program << " " << COLORIZED_VERSION << "\n";
            return kExitOk;
        case colorized::TrainParse::Run:
            break;
        }
    } catch (const colorized::TrainUsageError& error) {
        std::cerr << program << ": " << error.what() << "\n";
        return kExitUsage;
    }
    try {
        colorized::runTrainCommand(args, nullptr);
        return kExitOk;
    } catch (const std::exception& error) {
        std::cerr << program << ": " << error.what() << "\n";
        return kExitBadInput;
    }
}
