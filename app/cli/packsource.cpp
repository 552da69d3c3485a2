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

namespace {

TrainingImages loadImages(const std::string& source, int packSize)
{
    if (!std::filesystem::is_directory(source))
        return fromPackFile(source);
    return {packItems(pairFolder(source).items, source, packSize, {}).lab, {}, source};
}

// Sources joined along the image axis; the description joins their names and terms.
TrainingImages joinImages(const std::vector<TrainingImages>& parts)
{
    if (parts.size() == 1)
        return parts.front();
    std::vector<torch::Tensor> labs;
    TrainingImages joined;
    for (const auto& part : parts) {
        if (part.lab.sizes().slice(1) != parts.front().lab.sizes().slice(1))
            throw std::invalid_argument("The training sources " + parts.front().source + " and " + part.source
                                        + " were packed at different sizes.");
        labs.push_back(part.lab);
        joined.source += (joined.source.empty() ? "" : " + ") + part.source;
        if (!part.terms.empty() && joined.terms.find(part.terms) == std::string::npos)
            joined.terms += (joined.terms.empty() ? "" : "; ") + part.terms;
    }
    joined.lab = torch::cat(labs, 0);
    return joined;
}

}  // namespace

TrainingSet loadTrainingSet(const std::vector<std::string>& data, const std::vector<double>& shares,
                            const std::vector<std::string>& validation, int packSize)
{
    if (data.empty())
        throw std::invalid_argument("Give at least one --data source.");
    if (!shares.empty() && shares.size() != data.size())
        throw std::invalid_argument("Give one --share per --data source, or none.");
    TrainingSet set;
    std::vector<TrainingImages> parts;
    if (validation.empty()) {
        if (data.size() != 1 || !std::filesystem::is_directory(data.front()))
            throw std::invalid_argument("Give --val when --data is a pack file or several sources.");
        const auto report = pairFolder(data.front());
        parts.push_back({packItems(report.split.training, data.front(), packSize, {}).lab, {}, data.front()});
        set.validation = {packItems(report.split.heldOut, data.front(), packSize, {}).lab, {}, data.front()};
    } else {
        for (const auto& source : data)
            parts.push_back(loadImages(source, packSize));
        std::vector<TrainingImages> held;
        for (const auto& source : validation)
            held.push_back(loadImages(source, packSize));
        set.validation = joinImages(held);
    }
    if (!shares.empty()) {
        double total = 0.0;
        for (const double share : shares) {
            if (!(share >= 0.0))
                throw std::invalid_argument("Every --share must be zero or more.");
            total += share;
        }
        if (!(total > 0.0))
            throw std::invalid_argument("The --share values must not all be zero.");
        std::vector<torch::Tensor> weights;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const auto count = parts[i].lab.size(0);
            weights.push_back(torch::full({count}, shares[i] / total / double(count), torch::kDouble));
        }
        set.sampleWeights = torch::cat(weights, 0);
    }
    set.training = joinImages(parts);
    return set;
}

}  // namespace colorized::cli
