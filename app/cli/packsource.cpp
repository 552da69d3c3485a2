#include "packsource.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <iostream>

namespace colorized::cli {

namespace {

// The folder's parts packed at size x size, with progress and the folder's problems on stderr.
std::vector<LabPack> packParts(const std::string& folder, const std::vector<imaging::FolderPart>& parts, int size,
                               const std::string& terms)
{
    const auto counter = [](const char* what) {
        return [what](std::size_t done, std::size_t total) {
            if (done % 200 == 0 || done == total)
                std::cerr << "\r" << what << " " << done << "/" << total << std::flush;
        };
    };
    imaging::FolderPackProgress progress;
    progress.reading = counter("reading");
    progress.packing = counter("packing");
    progress.paired = [&folder](const imaging::PairingReport& report) {
        std::cerr << "\n";
        for (const auto& problem : report.problems)
            if (problem.kind != imaging::ProblemKind::NotAnImage)
                std::cerr << "  " << problem.message << "\n";
        std::cerr << folder << ": " << report.pairs << " gray/color pairs, " << report.colorOnly << " color photos, "
                  << report.problems.size() << " problems\n";
    };
    imaging::PackOptions options;
    options.size = size;
    options.terms = terms;
    auto packed = imaging::packFolder(folder, parts, {}, options, progress);
    std::cerr << "\n";
    std::vector<LabPack> packs;
    for (auto& result : packed->packs) {
        for (const auto& skip : result.skipped)
            std::cerr << "  skipped " << skip.path << ": " << skip.reason << "\n";
        packs.push_back(std::move(result.pack));
    }
    return packs;
}

}  // namespace

LabPack packFolder(const std::string& folder, int size, const std::string& split, const std::string& terms)
{
    const auto part = split == "train" ? imaging::FolderPart::Training
        : split == "heldout"           ? imaging::FolderPart::HeldOut
                                       : imaging::FolderPart::All;
    return packParts(folder, {part}, size, terms).front();
}

TrainingImages ImagingFolderPacker::packAll(const std::string& folder, int size)
{
    return {packFolder(folder, size, "all").lab, {}, folder};
}

std::pair<TrainingImages, TrainingImages> ImagingFolderPacker::packSplit(const std::string& folder, int size)
{
    // Paired once, packed in two parts.
    auto packs = packParts(folder, {imaging::FolderPart::Training, imaging::FolderPart::HeldOut}, size, {});
    return {{std::move(packs[0].lab), {}, folder}, {std::move(packs[1].lab), {}, folder}};
}

}  // namespace colorized::cli
