#include "colorized/imaging/dataset.h"

#include "colorized/imaging/lab.h"
#include "colorized/imaging/scan.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <tuple>

namespace colorized::imaging {

namespace {

namespace fs = std::filesystem;

constexpr int kAnalysisSide = 256;          // px, long side for the chroma statistics
constexpr double kHueChromaFloor = 4.0;     // pixels below this chroma have no reliable hue
constexpr double kLightnessBin = 4.0;       // L* width of the bins of the residual statistic
constexpr int kLightnessBins = 26;          // 0..100 in steps of 4, the last one closed
constexpr int kHueSectors = 12;             // 30 degrees each
constexpr double kHueSectorShare = 0.03;    // of the colored pixels, for a sector to count
constexpr double kMaxAspectDifference = 0.02;  // relative; beyond it partners do not align
// Files decoded at once: bounds memory (a 6000x4000 16-bit scan is 144 MB decoded) and sets
// how often progress is reported and cancel honoured.
constexpr int kConcurrentDecodes = 4;

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool isHidden(const fs::path& path) { return path.filename().string().rfind('.', 0) == 0; }

// Files that file managers leave behind; reporting them would only be noise.
bool isSystemFile(const fs::path& path)
{
    const std::string name = lower(path.filename().string());
    return name == "thumbs.db" || name == "desktop.ini";
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size()
           && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "p1_color" -> "p1" (any case; "_colour" too); empty when the stem has no such suffix.
std::string baseOfColorStem(const std::string& stem)
{
    const std::string lowered = lower(stem);
    for (const char* suffix : {"_color", "_colour"}) {
        const std::string s(suffix);
        if (endsWith(lowered, s) && stem.size() > s.size())
            return stem.substr(0, stem.size() - s.size());
    }
    return {};
}

std::string sizeText(const cv::Size& size)
{
    return std::to_string(size.width) + " x " + std::to_string(size.height);
}

// --- What one file turned out to be --------------------------------------------------------

struct Inspection {
    bool readable = false;
    std::string error;      // ScanError's sentence when unreadable
    cv::Size size;
    bool gray = false;      // decoded as gray, or color that carries none
    bool monochrome = false;
};

Inspection inspect(const std::string& path, bool checkColor, const PairingOptions& options)
{
    Inspection result;
    try {
        const ScanImage scan = loadScan(path);
        result.readable = true;
        result.size = scan.pixels.size();
        if (!checkColor)
            return result;
        if (scan.sourceIsGray) {
            result.gray = true;
            return result;
        }
        const ChromaStatistics chroma = measureChroma(scan.pixels);
        result.gray = chroma.chromaP99 < options.grayChroma;
        result.monochrome = options.excludeMonochrome && !result.gray
                            && chroma.hueConcentration >= options.monochromeHue
                            && chroma.residualChroma < options.monochromeResidual;
    } catch (const ScanError& error) {
        result.error = error.what();
    } catch (const std::exception& error) {  // cv::Exception, bad_alloc on a huge file, ...
        result.error = "The image " + path + " cannot be read: " + error.what();
    }
    return result;
}

// --- The folder's files grouped by the name that pairs them --------------------------------

struct FileRef {
    fs::path path;
    std::string relative;  // to the chosen folder, generic separators
};

// One pairing key: the scans and the color references that share it. Exactly one of each is a
// pair; anything more is ambiguous.
struct Group {
    std::vector<FileRef> grays;
    std::vector<FileRef> colors;
    bool inGrayFolder = false;  // grays come from gray/ (so a lone one can never be color-only)
};

struct Listing {
    DatasetLayout layout = DatasetLayout::Empty;
    std::map<std::string, Group> groups;  // key: "folder:stem", sorted
    std::vector<PairingProblem> problems;
    std::size_t imageFiles = 0;
};

enum class FolderRole {
    TopLevel,     // scans and "_color" references side by side, or color photos alone
    GrayFolder,   // gray/: scans
    ColorFolder,  // color/: color references
};

fs::directory_iterator openFolder(const fs::path& folder)
{
    std::error_code error;
    fs::directory_iterator entries(folder, error);
    if (error)
        throw std::runtime_error("The folder " + folder.string() + " cannot be read: "
                                 + error.message() + ".");
    return entries;
}

void listFolder(const fs::path& root, const fs::path& folder, FolderRole role, Listing& listing)
{
    // Top-level names and gray/ + color/ names pair separately.
    const std::string groupPrefix = role == FolderRole::TopLevel ? "top:" : "sub:";
    for (const fs::directory_entry& entry : openFolder(folder)) {
        const fs::path& path = entry.path();
        std::error_code error;
        if (isHidden(path) || isSystemFile(path) || !entry.is_regular_file(error))
            continue;
        const std::string relative = path.lexically_relative(root).generic_string();
        if (!hasImageExtension(path.string())) {
            listing.problems.push_back({path.string(), {}, ProblemKind::NotAnImage,
                                        relative + " is not an image file; it is left out."});
            continue;
        }
        ++listing.imageFiles;
        const std::string stem = path.stem().string();
        if (role == FolderRole::GrayFolder) {
            Group& group = listing.groups[groupPrefix + stem];
            group.grays.push_back({path, relative});
            group.inGrayFolder = true;
        } else if (role == FolderRole::ColorFolder) {
            listing.groups[groupPrefix + stem].colors.push_back({path, relative});
        } else if (const std::string base = baseOfColorStem(stem); !base.empty()) {
            listing.groups[groupPrefix + base].colors.push_back({path, relative});
        } else {
            listing.groups[groupPrefix + stem].grays.push_back({path, relative});
        }
    }
}

Listing listDataset(const fs::path& root)
{
    Listing listing;
    std::optional<fs::path> grayFolder;
    std::optional<fs::path> colorFolder;
    for (const fs::directory_entry& entry : openFolder(root)) {
        std::error_code error;
        if (!entry.is_directory(error))
            continue;
        const std::string name = lower(entry.path().filename().string());
        if (name == "gray" || name == "grey")
            grayFolder = entry.path();
        else if (name == "color" || name == "colour")
            colorFolder = entry.path();
    }

    listFolder(root, root, FolderRole::TopLevel, listing);
    bool sideBySide = false;
    for (const auto& [key, group] : listing.groups)
        sideBySide = sideBySide || !group.colors.empty();

    if (grayFolder && colorFolder) {
        listFolder(root, *grayFolder, FolderRole::GrayFolder, listing);
        listFolder(root, *colorFolder, FolderRole::ColorFolder, listing);
        listing.layout = DatasetLayout::GrayColorFolders;
    } else if (sideBySide) {
        listing.layout = DatasetLayout::SideBySide;
    } else if (listing.imageFiles > 0) {
        listing.layout = DatasetLayout::ColorOnly;
    }
    return listing;
}

// --- Deciding each group --------------------------------------------------------------------

bool tooSmall(const Inspection& inspection, const PairingOptions& options)
{
    return std::min(inspection.size.width, inspection.size.height) < options.minimumSide;
}

bool aspectsDiffer(const cv::Size& a, const cv::Size& b)
{
    const double ratioA = double(a.width) / a.height;
    const double ratioB = double(b.width) / b.height;
    return std::abs(ratioA - ratioB) > kMaxAspectDifference * ratioB;
}

class ReportBuilder {
public:
    ReportBuilder(PairingReport& report, const std::map<std::string, Inspection>& inspections,
                  const PairingOptions& options)
        : report_(report), inspections_(inspections), options_(options)
    {
    }

    void addGroup(const Group& group)
    {
        if (group.grays.size() > 1 || group.colors.size() > 1) {
            reportDuplicates(group);
        } else if (group.grays.size() == 1 && group.colors.size() == 1) {
            addPair(group.grays.front(), group.colors.front());
        } else if (group.colors.size() == 1) {
            addColorOnly(group.colors.front(), false);
        } else if (group.inGrayFolder) {
            problem(group.grays.front(), {}, ProblemKind::NoPartner,
                    group.grays.front().relative
                        + " has no color partner of the same name in the color folder.");
        } else {
            addColorOnly(group.grays.front(), true);
        }
    }

private:
    const Inspection& inspectionOf(const FileRef& file) const
    {
        return inspections_.at(file.path.string());
    }

    void problem(const FileRef& file, const FileRef* partner, ProblemKind kind, std::string message)
    {
        report_.problems.push_back(
            {file.path.string(), partner ? partner->path.string() : std::string(), kind,
             std::move(message)});
    }

    // Unreadable or too small: reported (for each file of a pair); true when it was.
    bool reportUnusable(const FileRef& file)
    {
        const Inspection& inspection = inspectionOf(file);
        if (!inspection.readable) {
            problem(file, nullptr, ProblemKind::Unreadable, inspection.error);
            return true;
        }
        if (tooSmall(inspection, options_)) {
            problem(file, nullptr, ProblemKind::TooSmall,
                    file.relative + " is only " + sizeText(inspection.size) + " pixels; at least "
                        + std::to_string(options_.minimumSide)
                        + " pixels on the shorter side are needed.");
            return true;
        }
        return false;
    }

    // Gray or monochrome "color" reference: reported; true when it was.
    bool reportColorless(const FileRef& color, const FileRef* partner)
    {
        const Inspection& inspection = inspectionOf(color);
        if (inspection.gray) {
            problem(color, partner, ProblemKind::ColorIsGray,
                    color.relative + " has no visible color, so it cannot teach colors.");
            return true;
        }
        if (inspection.monochrome) {
            problem(color, partner, ProblemKind::ColorIsMonochrome,
                    "The colors of " + color.relative
                        + " follow its brightness alone (one tint throughout, as in a sepia-toned"
                          " print), so it cannot teach varied colors.");
            return true;
        }
        return false;
    }

    void reportDuplicates(const Group& group)
    {
        std::vector<const FileRef*> files;
        for (const FileRef& file : group.grays)
            files.push_back(&file);
        for (const FileRef& file : group.colors)
            files.push_back(&file);
        std::string names;
        for (const FileRef* file : files)
            names += (names.empty() ? "" : ", ") + file->relative;
        for (const FileRef* file : files)
            problem(*file, nullptr, ProblemKind::DuplicateName,
                    file->relative + " shares its name with another file (" + names
                        + "), so its partner is ambiguous; rename or remove one of them.");
    }

    void addPair(const FileRef& gray, const FileRef& color)
    {
        const bool grayUnusable = reportUnusable(gray);
        const bool colorUnusable = reportUnusable(color);
        if (grayUnusable || colorUnusable)
            return;
        const cv::Size graySize = inspectionOf(gray).size;
        const cv::Size colorSize = inspectionOf(color).size;
        if (aspectsDiffer(graySize, colorSize)) {
            problem(color, &gray, ProblemKind::SizeMismatch,
                    gray.relative + " (" + sizeText(graySize) + ") and " + color.relative + " ("
                        + sizeText(colorSize)
                        + ") differ in shape, so their pixels cannot be matched.");
            return;
        }
        if (reportColorless(color, &gray))
            return;
        report_.items.push_back(
            {color.relative, gray.path.string(), color.path.string(), colorSize.width,
             colorSize.height});
        ++report_.pairs;
    }

    // `lone`: a top-level file nobody pairs with; gray, it is a scan that lacks its partner.
    void addColorOnly(const FileRef& color, bool lone)
    {
        if (reportUnusable(color))
            return;
        const Inspection& inspection = inspectionOf(color);
        if (lone && report_.layout != DatasetLayout::ColorOnly
            && (inspection.gray || inspection.monochrome)) {
            problem(color, nullptr, ProblemKind::NoPartner,
                    color.relative + " is a black-and-white scan without a color partner (such as "
                        + color.path.stem().string() + "_color" + color.path.extension().string()
                        + ").");
            return;
        }
        if (reportColorless(color, nullptr))
            return;
        report_.items.push_back({color.relative, {}, color.path.string(), inspection.size.width,
                                 inspection.size.height});
        ++report_.colorOnly;
    }

    PairingReport& report_;
    const std::map<std::string, Inspection>& inspections_;
    const PairingOptions& options_;
};

// SplitMix64 finaliser over FNV-1a: stable across platforms and runs, unlike std::hash.
uint64_t stableHash(const std::string& text, uint64_t seed)
{
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    uint64_t z = hash ^ (seed + 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

bool byName(const TrainingItem& a, const TrainingItem& b) { return a.name < b.name; }

}  // namespace

const char* problemKindId(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NotAnImage: return "not-an-image";
    case ProblemKind::Unreadable: return "unreadable";
    case ProblemKind::TooSmall: return "too-small";
    case ProblemKind::DuplicateName: return "duplicate-name";
    case ProblemKind::NoPartner: return "no-partner";
    case ProblemKind::SizeMismatch: return "size-mismatch";
    case ProblemKind::ColorIsGray: return "color-is-gray";
    case ProblemKind::ColorIsMonochrome: return "color-is-monochrome";
    }
    return "unknown";
}

const std::vector<std::string>& imageExtensions()
{
    static const std::vector<std::string> kExtensions = {
        ".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff",
        ".bmp", ".webp", ".pgm", ".ppm", ".pnm", ".jp2"};
    return kExtensions;
}

bool hasImageExtension(const std::string& path)
{
    const std::string extension = lower(fs::path(path).extension().string());
    const auto& known = imageExtensions();
    return std::find(known.begin(), known.end(), extension) != known.end();
}

std::vector<std::string> listImages(const std::string& folder)
{
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("The folder " + folder + " does not exist.");
    std::vector<std::string> images;
    for (const fs::directory_entry& entry : openFolder(folder)) {
        if (entry.is_regular_file(error) && !isHidden(entry.path())
            && hasImageExtension(entry.path().string()))
            images.push_back(entry.path().string());
    }
    std::sort(images.begin(), images.end());
    return images;
}

ChromaStatistics measureChroma(const cv::Mat& image)
{
    if (image.empty() || (image.depth() != CV_8U && image.depth() != CV_16U)
        || (image.channels() != 1 && image.channels() != 3))
        throw std::invalid_argument("measureChroma needs an 8- or 16-bit gray or BGR image.");
    ChromaStatistics stats;
    if (image.channels() == 1)
        return stats;

    cv::Mat reduced = image;
    const int longSide = std::max(image.cols, image.rows);
    if (longSide > kAnalysisSide) {
        const double scale = double(kAnalysisSide) / longSide;
        cv::resize(image, reduced, cv::Size(), scale, scale, cv::INTER_AREA);
    }
    const cv::Mat lab = bgrToLab(reduced);

    const std::size_t count = lab.total();
    std::vector<float> chroma;
    chroma.reserve(count);
    std::array<double, kLightnessBins> binA{};
    std::array<double, kLightnessBins> binB{};
    std::array<double, kLightnessBins> binCount{};
    double sumA = 0.0;
    double sumB = 0.0;
    double sumChroma = 0.0;
    auto binOf = [](float lightness) {
        return std::clamp(static_cast<int>(lightness / kLightnessBin), 0, kLightnessBins - 1);
    };
    for (int y = 0; y < lab.rows; ++y) {
        const auto* row = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab.cols; ++x) {
            const float a = row[x][1];
            const float b = row[x][2];
            const float c = std::hypot(a, b);
            chroma.push_back(c);
            if (c > kHueChromaFloor) {
                sumA += a;
                sumB += b;
                sumChroma += c;
            }
            const int bin = binOf(row[x][0]);
            binA[bin] += a;
            binB[bin] += b;
            binCount[bin] += 1.0;
        }
    }

    const auto p99 = chroma.begin() + static_cast<std::ptrdiff_t>((count - 1) * 99 / 100);
    std::nth_element(chroma.begin(), p99, chroma.end());
    stats.chromaP99 = *p99;
    stats.hueConcentration = sumChroma > 0.0 ? std::hypot(sumA, sumB) / sumChroma : 0.0;

    for (int bin = 0; bin < kLightnessBins; ++bin) {
        if (binCount[bin] > 0.0) {
            binA[bin] /= binCount[bin];
            binB[bin] /= binCount[bin];
        }
    }
    double residual = 0.0;
    std::size_t colored = 0;
    std::array<std::size_t, kHueSectors> sectors{};
    for (int y = 0; y < lab.rows; ++y) {
        const auto* row = lab.ptr<cv::Vec3f>(y);
        for (int x = 0; x < lab.cols; ++x) {
            const int bin = binOf(row[x][0]);
            const double da = row[x][1] - binA[bin];
            const double db = row[x][2] - binB[bin];
            residual += da * da + db * db;
            if (da * da + db * db > kColoredResidual * kColoredResidual) {
                ++colored;
                const double hue = std::atan2(double(row[x][2]), double(row[x][1]));  // -pi..pi
                ++sectors[std::size_t((hue + CV_PI) / (2 * CV_PI) * kHueSectors) % kHueSectors];
            }
        }
    }
    stats.residualChroma = std::sqrt(residual / double(count));
    stats.coloredShare = double(colored) / double(count);
    for (std::size_t n : sectors)
        if (colored > 0 && double(n) >= kHueSectorShare * double(colored))
            ++stats.coloredHueSectors;
    return stats;
}

std::size_t heldOutCount(std::size_t itemCount, double fraction)
{
    if (itemCount <= 1)
        return 0;
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const auto proportional = static_cast<std::size_t>(std::llround(clamped * double(itemCount)));
    const std::size_t atLeast = std::min<std::size_t>(3, itemCount - 1);
    return std::min(std::max(proportional, atLeast), itemCount - 1);
}

DatasetSplit splitItems(const std::vector<TrainingItem>& items, double fraction, uint64_t seed)
{
    std::vector<std::pair<uint64_t, const TrainingItem*>> order;
    order.reserve(items.size());
    for (const TrainingItem& item : items)
        order.emplace_back(stableHash(item.name, seed), &item);
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first, a.second->name) < std::tie(b.first, b.second->name);
    });
    const std::size_t heldOut = heldOutCount(items.size(), fraction);
    DatasetSplit split;
    for (std::size_t i = 0; i < order.size(); ++i)
        (i < heldOut ? split.heldOut : split.training).push_back(*order[i].second);
    std::sort(split.training.begin(), split.training.end(), byName);
    std::sort(split.heldOut.begin(), split.heldOut.end(), byName);
    return split;
}

std::optional<PairingReport> buildPairingReport(const std::string& folder,
                                                const PairingOptions& options,
                                                const DatasetProgress& progress,
                                                const std::atomic<bool>* cancel)
{
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("The folder " + folder + " does not exist.");
    const fs::path root(folder);
    Listing listing = listDataset(root);

    // Every file to decode once, and whether its colors matter (scans only need a size).
    // Ambiguous names and gray/ files without a partner are reported without decoding.
    std::map<std::string, bool> checkColor;
    for (const auto& [key, group] : listing.groups) {
        if (group.grays.size() > 1 || group.colors.size() > 1)
            continue;
        if (group.colors.empty() && group.inGrayFolder)
            continue;
        for (const FileRef& file : group.grays)
            checkColor[file.path.string()] = group.colors.empty();  // a lone scan or a photo?
        for (const FileRef& file : group.colors)
            checkColor[file.path.string()] = true;
    }
    const std::vector<std::pair<std::string, bool>> work(checkColor.begin(), checkColor.end());
    std::vector<Inspection> inspected(work.size());

    if (progress)
        progress(0, work.size());
    for (std::size_t start = 0; start < work.size(); start += kConcurrentDecodes) {
        if (cancel && cancel->load())
            return std::nullopt;
        const int batch =
            static_cast<int>(std::min<std::size_t>(kConcurrentDecodes, work.size() - start));
        cv::parallel_for_(cv::Range(0, batch), [&](const cv::Range& range) {
            for (int i = range.start; i < range.end; ++i) {
                const auto& [path, color] = work[start + static_cast<std::size_t>(i)];
                inspected[start + static_cast<std::size_t>(i)] = inspect(path, color, options);
            }
        }, batch);
        if (progress)
            progress(start + static_cast<std::size_t>(batch), work.size());
    }
    if (cancel && cancel->load())
        return std::nullopt;

    std::map<std::string, Inspection> inspections;
    for (std::size_t i = 0; i < work.size(); ++i)
        inspections.emplace(work[i].first, std::move(inspected[i]));

    PairingReport report;
    report.folder = folder;
    report.layout = listing.layout;
    report.problems = std::move(listing.problems);
    ReportBuilder builder(report, inspections, options);
    for (const auto& [key, group] : listing.groups)
        builder.addGroup(group);

    std::sort(report.items.begin(), report.items.end(), byName);
    std::sort(report.problems.begin(), report.problems.end(),
              [](const PairingProblem& a, const PairingProblem& b) {
                  return std::tie(a.path, a.kind) < std::tie(b.path, b.kind);
              });
    report.split = splitItems(report.items, options.heldOutFraction, options.splitSeed);
    return report;
}

}  // namespace colorized::imaging
