#include "commands.h"
#include "packsource.h"

#include "colorized/core/trainoptions.h"
#include "colorized/core/trainrun.h"

#include <memory>
#include <type_traits>

namespace colorized::cli {

namespace {

// One option of the table that colorized-train parses too (trainoptions.h), as a CLI11 option.
void addOption(CLI::App& command, const TrainOption& option)
{
    CLI::Option* added = std::visit(
        [&](auto* target) {
            if constexpr (std::is_same_v<std::remove_pointer_t<decltype(target)>, bool>) {
                if (option.flag)
                    return command.add_flag(option.name, *target, option.help);
            }
            return command.add_option(option.name, *target, option.help);
        },
        option.target);
    if (option.required)
        added->required();
    if (option.showDefault)
        added->capture_default_str();
    if (!option.choices.empty())
        added->check(CLI::IsMember(option.choices));
    if (option.range)
        added->check(CLI::Range(option.range->first, option.range->second));
}

}  // namespace

void addTrainCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("train", "Train a model, or fine-tune one with --base, on color photos.");
    auto args = std::make_shared<TrainArguments>();
    for (const auto& option : trainOptions(*args))
        addOption(*command, option);
    command->callback([&run, args] {
        run = [args] {
            ImagingFolderPacker folders;
            runTrainCommand(*args, &folders);
            return kExitOk;
        };
    });
}

}  // namespace colorized::cli
