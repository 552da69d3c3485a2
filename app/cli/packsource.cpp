#include "packsource.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <filesystem>
#include <iostream>
#include <stdexcept>

namespace colorized::cli {

LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms)
{
    const auto progress = [](std::size_t done, std::size_t total) {
        if (done % 200 == 0 || done == total)
            std::cerr << "\rreading " << done << "/" << total << std::flush;
    };
    const auto report = imaging::buildPairingReport(folder, {}, progress);
    std::cerr << "\n";
    for (const auto& problem : report->problems)
        if (problem.kind != imaging::ProblemKind::NotAnImage)
            std::cerr << "  " << problem.message << "\n";
    std::cerr << folder << ": " << report->pairs << " gray/color pairs, " << report->colorOnly << " color photos, "
              << report->problems.size() << " problems\n";
    const auto& items = split == "train" ? report->split.training
        : split == "heldout"             ? report->split.heldOut
                                         : report->items;
    imaging::PackOptions options;
    options.size = size;
    options.source = folder;
    options.terms = terms;
    const auto result = imaging::buildLabPack(items, options, progress);
    std::cerr << "\n";
    for (const auto& skip : result->skipped)
        std::cerr << "  skipped " << skip.path << ": " << skip.reason << "\n";
    return result->pack;
}

TrainingImages loadTrainingImages(const std::string& path, int64_t packSize, bool heldOut)
{
    if (std::filesystem::is_directory(path)) {
        auto pack = packFolder(path, int(packSize), heldOut ? "heldout" : "train");
        return {pack.lab, {}};
    }
    if (heldOut)
        throw std::invalid_argument("Give --val when --data is a pack file.");
    auto pack = readLabPack(path);
    const auto terms = pack.metadata.find("terms");
    return {pack.lab, terms == pack.metadata.end() ? std::string() : terms->second};
}

}  // namespace colorized::cli
