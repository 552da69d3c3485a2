#pragma once
// Training data from a folder an archivist picks: which files pair up, which are usable, what is
// wrong with the rest, and a stable held-out split. OpenCV (through loadScan); no Qt.
//
// Accepted layouts (only the folder itself is read, plus its gray/ and color/ subfolders):
//   a) gray/ + color/ subfolders, files matched by stem: gray/p1.tif <-> color/p1.jpg;
//   b) side by side: p1.tif (the scan) + p1_color.jpg (the color reference);
//   c) color photographs alone: their own L* becomes the input.
// A folder may mix them: a color file without a partner is used as in (c); a gray file without
// a partner is reported. Folder names and the "_color" suffix are matched case-insensitively.
//
// Threading: call from a worker thread (never the GUI thread: it decodes every image). The
// progress callback runs on the calling thread; the work inside is spread over cores with
// cv::parallel_for_ (4 files at a time). Measured: the 6,971 photos of ../shared/data/train
// (128 px) in 10 s on this 2-core machine while others were compiling.

#include <opencv2/core/mat.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace colorized::imaging {

struct TrainingItem {
    std::string name;       // the color file relative to the folder ("color/p1.jpg"): the key
                            // for display, sorting and the held-out split
    std::string grayPath;   // the scan whose L* is the input; empty: the color file's own L*
    std::string colorPath;  // the color image whose a*b* is the target
    int width = 0;          // of the color image, EXIF orientation applied
    int height = 0;
};

enum class ProblemKind {
    NotAnImage,         // not an image file type (kept out silently: .txt, .pdf, ...)
    Unreadable,         // an image file that cannot be decoded
    TooSmall,           // shorter side below PairingOptions::minimumSide
    DuplicateName,      // two files with the same stem where they must be unique (p1.jpg, p1.png)
    NoPartner,          // a gray scan without a color partner
    SizeMismatch,       // gray and color partner differ in aspect ratio: they cannot align
    ColorIsGray,        // the "color" file carries no visible color
    ColorIsMonochrome,  // its colors follow its lightness alone: a toned (sepia, cyanotype,
                        // selenium) or uniformly tinted print, not a color photograph
};

// A stable identifier for logs and JSON: "not-an-image", "color-is-gray", ...
const char* problemKindId(ProblemKind kind);

struct PairingProblem {
    std::string path;         // the file concerned (absolute, as found)
    std::string partnerPath;  // its partner when the problem is about a pair; else empty
    ProblemKind kind = ProblemKind::Unreadable;
    std::string message;      // one English sentence; the UI shows its own translation by kind
};

enum class DatasetLayout {
    Empty,             // no image files at all
    GrayColorFolders,  // (a)
    SideBySide,        // (b), possibly with lone color photos
    ColorOnly,         // (c)
};

struct PairingOptions {
    double heldOutFraction = 0.1;  // share of the usable items held out for validation
    uint64_t splitSeed = 0;        // another seed, another (equally stable) split
    int minimumSide = 32;          // px; smaller images cannot teach anything

    // Color checks, on the image reduced to 256 px (see measureChroma). A file is gray when 99 %
    // of its pixels have a chroma under grayChroma (JPEG noise of a gray photo stays near 1-3).
    // It is monochrome when its chroma is one hue (concentration >= monochromeHue) and its a*b*
    // are explained by L* alone to within monochromeResidual: the signature of a toned print
    // (sepia, selenium, cyanotype). A color photograph under one cast (a bluish glacier in
    // haze) has the same signature and is caught too; it teaches little color either.
    // Measured on this project's photo sets: 124 of the 142 archive prints count as gray or
    // monochrome (the 18 others are hand-tinted or faded); of 698 sampled color photos 4
    // count as gray and 14 as monochrome, and looked at, those are toned or near-gray pictures.
    double grayChroma = 5.0;
    double monochromeHue = 0.9;
    double monochromeResidual = 2.5;
    bool excludeMonochrome = true;  // false: monochrome files are used (and not reported)
};

struct DatasetSplit {
    std::vector<TrainingItem> training;
    std::vector<TrainingItem> heldOut;
};

struct PairingReport {
    std::string folder;
    DatasetLayout layout = DatasetLayout::Empty;
    std::vector<TrainingItem> items;        // every usable item, sorted by name
    std::size_t pairs = 0;                  // items with a gray scan
    std::size_t colorOnly = 0;              // items whose own L* is the input
    std::vector<PairingProblem> problems;   // sorted by path
    DatasetSplit split;                     // items split with the options' fraction and seed
};

// Progress: files inspected so far out of all image files found.
using DatasetProgress = std::function<void(std::size_t done, std::size_t total)>;

// Reads every image in the folder (and gray/, color/) once and reports what can train.
// Returns nothing when *cancel became true. Throws std::runtime_error when the folder does not
// exist or cannot be listed.
std::optional<PairingReport> buildPairingReport(const std::string& folder,
                                                const PairingOptions& options = {},
                                                const DatasetProgress& progress = {},
                                                const std::atomic<bool>* cancel = nullptr);

// Items held out: max(round(fraction * n), min(3, n - 1)), never all of them (n - 1 at most).
std::size_t heldOutCount(std::size_t itemCount, double fraction);

// Deterministic split: items ordered by a 64-bit hash of (seed, name) and the first
// heldOutCount() held out. The same names give the same split on every machine and run, and
// adding files moves few existing items across. Both halves come back sorted by name.
DatasetSplit splitItems(const std::vector<TrainingItem>& items, double fraction = 0.1,
                        uint64_t seed = 0);

// Chroma statistics of an 8/16-bit BGR or gray image, measured on a copy reduced to 256 px on
// its long side (INTER_AREA, which also averages JPEG chroma noise away). CIE units.
struct ChromaStatistics {
    double chromaP99 = 0.0;         // 99th percentile of sqrt(a*^2 + b*^2)
    double hueConcentration = 0.0;  // |sum (a*, b*)| / sum chroma over pixels with chroma > 4:
                                    // 1 = one hue, ~0 = hues all around (0 when none)
    double residualChroma = 0.0;    // RMS of a*b* around their mean at the same L* (bins of
                                    // 4 L*): the color that lightness does not explain
    double coloredShare = 0.0;      // share of the pixels whose a*b* lie more than
                                    // kColoredResidual from that mean, 0..1
    int coloredHueSectors = 0;      // 30-degree hue sectors holding at least 3 % of those pixels
};
constexpr double kColoredResidual = 10.0;   // CIE a*b* units
ChromaStatistics measureChroma(const cv::Mat& image);

// The extensions of the image types COLORIZED reads (loadScan), lower case with the dot:
// .jpg .jpeg .jpe .png .tif .tiff .bmp .webp .pgm .ppm .pnm .jp2. The one list behind folder
// scans here, evaluation folders and the application's open dialog and folder drops.
const std::vector<std::string>& imageExtensions();

// True for files whose extension is one of imageExtensions(), in any case.
bool hasImageExtension(const std::string& path);

// The image files directly in `folder`, sorted by file name (hidden files skipped): the
// reader for evaluation folders. Throws std::runtime_error when it is not a readable folder.
std::vector<std::string> listImages(const std::string& folder);

}  // namespace colorized::imaging
