#include "colorized/imaging/packbuilder.h"

#include "colorized/imaging/lab.h"
#include "colorized/imaging/scan.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <stdexcept>

namespace colorized::imaging {

namespace {

constexpr int kMinimumSize = 8;
// Items decoded at once: bounds memory with large scans, and sets how often progress is
// reported and cancel honoured.
constexpr int kConcurrentDecodes = 4;

// Short side -> size, aspect kept (the long side rounded, never below size).
cv::Size scaledSize(const cv::Size& source, int size)
{
    const double scale = double(size) / std::min(source.width, source.height);
    return {std::max(size, static_cast<int>(std::lround(source.width * scale))),
            std::max(size, static_cast<int>(std::lround(source.height * scale)))};
}

cv::Mat resized(const cv::Mat& image, const cv::Size& size)
{
    if (image.size() == size)
        return image;
    cv::Mat out;
    cv::resize(image, out, size, 0.0, 0.0, cv::INTER_AREA);
    return out;
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

cv::Mat packImage(const cv::Mat& color, const cv::Mat& gray, int size)
{
    if (size < kMinimumSize)
        throw std::invalid_argument("The pack size must be at least 8 pixels.");
    if (color.empty())
        throw std::invalid_argument("packImage needs a color image.");

    const cv::Mat& grid = gray.empty() ? color : gray;  // the pixel grid L* lives on
    const cv::Size scaled = scaledSize(grid.size(), size);
    const cv::Rect crop((scaled.width - size) / 2, (scaled.height - size) / 2, size, size);

    cv::Mat lab = bgrToLab(resized(color, scaled)(crop));  // CV_32FC3, L* 0..100, a*, b*
    if (!gray.empty()) {
        const cv::Mat scanLightness = lightness(resized(gray, scaled)(crop));
        cv::insertChannel(scanLightness, lab, 0);
    }

    cv::Mat bytes(size, size, CV_8UC3);
    for (int y = 0; y < size; ++y) {
        const auto* in = lab.ptr<cv::Vec3f>(y);
        auto* out = bytes.ptr<cv::Vec3b>(y);
        for (int x = 0; x < size; ++x)
            out[x] = cv::Vec3b(cv::saturate_cast<uchar>(in[x][0] * (255.0f / 100.0f)),
                               cv::saturate_cast<uchar>(in[x][1] + 128.0f),
                               cv::saturate_cast<uchar>(in[x][2] + 128.0f));
    }
    return bytes;
}

std::optional<PackResult> buildLabPack(const std::vector<TrainingItem>& items,
                                       const PackOptions& options, const PackProgress& progress,
                                       const std::atomic<bool>* cancel)
{
    const int size = options.size;
    if (size < kMinimumSize)
        throw std::invalid_argument("The pack size must be at least 8 pixels.");
    const std::size_t count = items.size();
    const std::size_t entryBytes = 3 * std::size_t(size) * std::size_t(size);

    torch::Tensor lab = torch::empty({static_cast<int64_t>(count), 3, size, size}, torch::kByte);
    uint8_t* const base = count > 0 ? lab.data_ptr<uint8_t>() : nullptr;
    std::vector<std::string> failures(count);  // empty: packed

    auto packOne = [&](std::size_t index) {
        const TrainingItem& item = items[index];
        try {
            const ScanImage color = loadScan(item.colorPath);
            const ScanImage gray = item.grayPath.empty() ? ScanImage{} : loadScan(item.grayPath);
            const cv::Mat entry = packImage(color.pixels, gray.pixels, size);
            // Interleaved Lab -> the three planes of entry `index`, in place.
            uint8_t* planes = base + index * entryBytes;
            cv::Mat channels[3];
            for (int c = 0; c < 3; ++c)
                channels[c] = cv::Mat(size, size, CV_8UC1, planes + std::size_t(c) * size * size);
            cv::split(entry, channels);
        } catch (const std::exception& error) {  // ScanError, cv::Exception, bad_alloc
            failures[index] = error.what();
            if (failures[index].empty())
                failures[index] = "The image " + item.colorPath + " could not be packed.";
        }
    };

    if (progress)
        progress(0, count);
    for (std::size_t start = 0; start < count; start += kConcurrentDecodes) {
        if (cancel && cancel->load())
            return std::nullopt;
        const int batch =
            static_cast<int>(std::min<std::size_t>(kConcurrentDecodes, count - start));
        cv::parallel_for_(cv::Range(0, batch), [&](const cv::Range& range) {
            for (int i = range.start; i < range.end; ++i)
                packOne(start + static_cast<std::size_t>(i));
        }, batch);
        if (progress)
            progress(start + static_cast<std::size_t>(batch), count);
    }
    if (cancel && cancel->load())
        return std::nullopt;

    // Close the gaps the failures left, keeping the items' order.
    PackResult result;
    std::size_t kept = 0;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!failures[i].empty()) {
            result.skipped.push_back({items[i].colorPath, failures[i]});
            continue;
        }
        if (kept != i)
            std::memcpy(base + kept * entryBytes, base + i * entryBytes, entryBytes);
        pairs += items[i].grayPath.empty() ? 0 : 1;
        ++kept;
    }
    if (count > 0 && kept == 0)
        throw std::runtime_error("None of the " + std::to_string(count)
                                 + " images could be read. The first error: " + failures.front());

    result.pack.lab = kept == count ? lab : lab.narrow(0, 0, static_cast<int64_t>(kept)).clone();
    auto& metadata = result.pack.metadata;
    metadata["source"] = options.source;
    if (!options.terms.empty())
        metadata["terms"] = options.terms;
    metadata["images"] = std::to_string(kept);
    metadata["size"] = std::to_string(size);
    metadata["pairs"] = std::to_string(pairs);
    metadata["color_only"] = std::to_string(kept - pairs);
    metadata["skipped"] = std::to_string(result.skipped.size());
    metadata["created"] = utcNow();
    metadata["encoding"] = "CIE Lab (sRGB, D65) as OpenCV 8-bit: L*255/100, a*+128, b*+128";
    return result;
}

std::optional<PackedFolder> packFolder(const std::string& folder, const std::vector<FolderPart>& parts,
                                       const PairingOptions& pairing, PackOptions packing,
                                       const FolderPackProgress& progress, const std::atomic<bool>* cancel)
{
    auto report = buildPairingReport(folder, pairing, progress.reading, cancel);
    if (!report)
        return std::nullopt;
    if (progress.paired)
        progress.paired(*report);
    if (packing.source.empty())
        packing.source = folder;

    std::vector<const std::vector<TrainingItem>*> chosen;
    std::size_t total = 0;
    for (const FolderPart part : parts) {
        const auto* items = part == FolderPart::Training  ? &report->split.training
                            : part == FolderPart::HeldOut ? &report->split.heldOut
                                                          : &report->items;
        chosen.push_back(items);
        total += items->size();
    }
    PackedFolder packed;
    std::size_t packedBefore = 0;
    for (const auto* items : chosen) {
        auto result = buildLabPack(*items, packing,
                                   [&](std::size_t done, std::size_t) {
                                       if (progress.packing)
                                           progress.packing(packedBefore + done, total);
                                   },
                                   cancel);
        if (!result)
            return std::nullopt;
        packedBefore += items->size();
        packed.packs.push_back(std::move(*result));
    }
    packed.report = std::move(*report);
    return packed;
}

}  // namespace colorized::imaging
