#include "packsource.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <iostream>

namespace colorized::cli {

namespace {

imaging::PairingReport pairFolder(const std::string& folder)
{
    const auto progress = [](std::size_t done, std::size_t total) {
        if (done % 200 == 0 || done == total)
            std::cerr << "\rreading " << done << "/" << total << std::flush;
    };
    auto report = imaging::buildPairingReport(folder, {}, progress);
    std::cerr << "\n";
    for (const auto& problem : report->problems)
        if (problem.kind != imaging::ProblemKind::NotAnImage)
            std::cerr << "  " << problem.message << "\n";
    std::cerr << folder << ": " << report->pairs << " gray/color pairs, " << report->colorOnly << " color photos, "
              << report->problems.size() << " problems\n";
    return std::move(*report);
}

LabPack packItems(const std::vector<imaging::TrainingItem>& items, const std::string& folder, int size,
                  const std::string& terms)
{
    imaging::PackOptions options;
    options.size = size;
    options.source = folder;
    options.terms = terms;
    const auto result = imaging::buildLabPack(items, options, [](std::size_t done, std::size_t total) {
        if (done % 200 == 0 || done == total)
            std::cerr << "\rpacking " << done << "/" << total << std::flush;
    });
    std::cerr << "\n";
    for (const auto& skip : result->skipped)
        std::cerr << "  skipped " << skip.path << ": " << skip.reason << "\n";
    return result->pack;
}

}  // namespace

LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms)
{
    const auto report = pairFolder(folder);
    const auto& items = split == "train" ? report.split.training
        : split == "heldout"             ? report.split.heldOut
                                         : report.items;
    return packItems(items, folder, size, terms);
}

TrainingImages ImagingFolderPacker::packAll(const std::string& folder, int size)
{
    return {packItems(pairFolder(folder).items, folder, size, {}).lab, {}, folder};
}

std::pair<TrainingImages, TrainingImages> ImagingFolderPacker::packSplit(const std::string& folder, int size)
{
    const auto report = pairFolder(folder);
    return {{packItems(report.split.training, folder, size, {}).lab, {}, folder},
            {packItems(report.split.heldOut, folder, size, {}).lab, {}, folder}};
}

}  // namespace colorized::cli
