#include "commands.h"
#include "packsource.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <iostream>

namespace colorized::cli {

namespace {

struct PackArguments {
    std::string data, out, terms, split = "all";
    int size = 72;
};

int runPack(const PackArguments& args)
{
    const auto images = packFolder(args.data, args.size, args.split, args.terms);
    writeLabPack(args.out, images);
    std::cout << "wrote " << args.out << ": " << images.lab.size(0) << " images, " << args.size << "x" << args.size
              << " Lab\n";
    return kExitOk;
}

}  // namespace

void addPackCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("pack", "Pack a folder of photos into one training file (no image library needed to train).");
    auto args = std::make_shared<PackArguments>();
    command->add_option("--data", args->data, "Folder of photos or gray/color pairs")->required();
    command->add_option("--out", args->out, "Pack file to write (.safetensors)")->required();
    command->add_option("--size", args->size, "Side of the square each photo is scaled and center-cropped to")
        ->capture_default_str();
    command->add_option("--split", args->split, "all, train (without the held-out 10 %) or heldout")
        ->check(CLI::IsMember({"all", "train", "heldout"}))
        ->capture_default_str();
    command->add_option("--terms", args->terms, "The data's license terms, recorded in the pack and the model");
    command->callback([&run, args] { run = [args] { return runPack(*args); }; });
}

}  // namespace colorized::cli
