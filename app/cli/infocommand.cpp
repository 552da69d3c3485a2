#include "commands.h"

#include "colorized/core/modelfile.h"

#include <iostream>

namespace colorized::cli {

void addInfoCommand(CLI::App& app, std::function<int()>& run)
{
    auto* command = app.add_subcommand("info", "Show what a model file holds: architecture, schedule, provenance.");
    auto path = std::make_shared<std::string>();
    command->add_option("file", *path, "Model file (.safetensors)")->required();
    command->callback([&run, path] {
        run = [path] {
            // The header alone, fully checked: no network is built, so info stays small and quick
            // on any file, however large a network it claims.
            const auto info = readModelInfo(*path);
            std::cout << "name:        " << info.name << "\n"
                      << "description: " << info.description << "\n"
                      << "parameters:  " << elementCount(networkTensorShapes(info.network)) << "\n"
                      << "resolution:  " << info.resolution << " px (long side)\n"
                      << "sha256:      " << sha256OfFile(*path) << "\n"
                      << "network:     " << info.network.architecture << " " << info.network.config.dump() << "\n"
                      << "schedule:    " << toJson(info.schedule).dump() << "\n"
                      << "provenance:  " << info.provenance.dump(2) << "\n";
            return kExitOk;
        };
    });
}

}  // namespace colorized::cli
