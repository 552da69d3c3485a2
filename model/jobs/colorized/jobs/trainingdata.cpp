#include "colorized/jobs/trainingdata.h"

#include "colorized/imaging/dataset.h"
#include "colorized/imaging/packbuilder.h"

#include <algorithm>
#include <stdexcept>

namespace colorized::jobs {

int64_t packSideFor(int64_t crop)
{
    return (crop + crop / 8 + 7) / 8 * 8;  // 64 -> 72, the command line's default pack size
}

std::optional<PreparedData> prepareTrainingData(const std::string& folder, double heldOutFraction, uint64_t seed,
                                                int64_t packSide, const std::function<void(int, int)>& progress,
                                                const std::atomic<bool>* cancel)
{
    imaging::PairingOptions pairing;
    pairing.heldOutFraction = heldOutFraction;
    pairing.splitSeed = seed;
    imaging::PackOptions packing;
    packing.size = int(packSide);
    // Reading counts for the first half of the progress, packing for the second.
    imaging::FolderPackProgress steps;
    steps.reading = [&progress](std::size_t done, std::size_t total) {
        if (progress)
            progress(int(done), int(2 * total));
    };
    steps.packing = [&progress](std::size_t done, std::size_t total) {
        if (progress)
            progress(int(total + done), int(2 * total));
    };
    steps.paired = [&folder](const imaging::PairingReport& report) {
        if (report.split.training.empty() || report.split.heldOut.empty())
            throw std::runtime_error("The folder " + folder + " has " + std::to_string(report.items.size())
                                     + " usable photographs; fine-tuning needs at least 2 (one to learn from, "
                                       "one to check on).");
    };
    auto packed = imaging::packFolder(folder, {imaging::FolderPart::Training, imaging::FolderPart::HeldOut},
                                      pairing, packing, steps, cancel);
    if (!packed)
        return std::nullopt;
    const imaging::PackResult& train = packed->packs[0];
    const imaging::PackResult& heldOut = packed->packs[1];
    PreparedData data;
    data.train = train.pack.lab;
    data.heldOut = heldOut.pack.lab;
    // The pack leaves out items it could not read; so do the previews.
    const auto skipped = [&heldOut](const imaging::TrainingItem& item) {
        return std::any_of(heldOut.skipped.begin(), heldOut.skipped.end(), [&](const imaging::PackSkip& skip) {
            return skip.path == item.colorPath || skip.path == item.grayPath;
        });
    };
    for (const auto& item : packed->report.split.heldOut) {
        if (skipped(item))
            continue;
        data.heldOutInputs.push_back(item.grayPath.empty() ? item.colorPath : item.grayPath);
        data.heldOutTruths.push_back(item.colorPath);
    }
    data.pairs = int(packed->report.pairs);
    data.colorOnly = int(packed->report.colorOnly);
    return data;
}

}  // namespace colorized::jobs
