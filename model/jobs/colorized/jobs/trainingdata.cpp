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
    imaging::PairingOptions options;
    options.heldOutFraction = heldOutFraction;
    options.splitSeed = seed;
    // Reading counts for the first half of the progress, packing for the second.
    const auto report = imaging::buildPairingReport(
        folder, options,
        [&progress](std::size_t done, std::size_t total) {
            if (progress)
                progress(int(done), int(2 * total));
        },
        cancel);
    if (!report)
        return std::nullopt;
    const auto& split = report->split;
    if (split.training.empty() || split.heldOut.empty())
        throw std::runtime_error("The folder " + folder + " has " + std::to_string(report->items.size())
                                 + " usable photographs; fine-tuning needs at least 2 (one to learn from, "
                                   "one to check on).");

    const int total = int(split.training.size() + split.heldOut.size());
    imaging::PackOptions packOptions;
    packOptions.size = int(packSide);
    packOptions.source = folder;
    const auto pack = [&](const std::vector<imaging::TrainingItem>& items, int offset) {
        return imaging::buildLabPack(items, packOptions,
                                     [&](std::size_t done, std::size_t) {
                                         if (progress)
                                             progress(total + offset + int(done), 2 * total);
                                     },
                                     cancel);
    };
    auto train = pack(split.training, 0);
    auto heldOut = train ? pack(split.heldOut, int(split.training.size())) : std::nullopt;
    if (!train || !heldOut)
        return std::nullopt;
    PreparedData data;
    data.train = train->pack.lab;
    data.heldOut = heldOut->pack.lab;
    // The pack leaves out items it could not read; so do the previews.
    const auto skipped = [&](const imaging::TrainingItem& item) {
        return std::any_of(heldOut->skipped.begin(), heldOut->skipped.end(), [&](const imaging::PackSkip& skip) {
            return skip.path == item.colorPath || skip.path == item.grayPath;
        });
    };
    for (const auto& item : split.heldOut) {
        if (skipped(item))
            continue;
        data.heldOutInputs.push_back(item.grayPath.empty() ? item.colorPath : item.grayPath);
        data.heldOutTruths.push_back(item.colorPath);
    }
    data.pairs = int(report->pairs);
    data.colorOnly = int(report->colorOnly);
    return data;
}

}  // namespace colorized::jobs
