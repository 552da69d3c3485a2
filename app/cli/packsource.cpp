#include "packsource.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <filesystem>
#include <iostream>
#include <stdexcept>

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

TrainingImages fromPackFile(const std::string& path)
{
    auto pack = readLabPack(path);
    const auto value = [&](const char* key) {
        const auto found = pack.metadata.find(key);
        return found == pack.metadata.end() ? std::string() : found->second;
    };
    return {pack.lab, value("terms"), value("source")};
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

TrainingSet loadTrainingSet(const std::string& data, const std::string& validation, int packSize)
{
    TrainingSet set;
    if (std::filesystem::is_directory(data)) {
        const auto report = pairFolder(data);
        set.training.lab = packItems(validation.empty() ? report.split.training : report.items, data, packSize, {}).lab;
        set.training.source = data;
        if (validation.empty())
            set.validation.lab = packItems(report.split.heldOut, data, packSize, {}).lab;
    } else {
        if (validation.empty())
            throw std::invalid_argument("Give --val when --data is a pack file.");
        set.training = fromPackFile(data);
    }
    if (!validation.empty())
        set.validation = std::filesystem::is_directory(validation)
            ? TrainingImages{packItems(pairFolder(validation).items, validation, packSize, {}).lab, {}, validation}
            : fromPackFile(validation);
    return set;
}

}  // namespace colorized::cli
