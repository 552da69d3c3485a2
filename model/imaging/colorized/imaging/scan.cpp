#include "colorized/imaging/scan.h"

#include <exiv2/exiv2.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <array>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <mutex>
#include <sstream>

namespace colorized::imaging {
namespace {

namespace fs = std::filesystem;

// What the pixel decoder does not tell us. cv::imread(IMREAD_UNCHANGED) is the only mode that
// keeps alpha and 16 bits together, and it is also the mode in which OpenCV 4.6 skips the EXIF
// orientation (loadsave.cpp applies it only when flags != IMREAD_UNCHANGED), so we read the tag
// ourselves. Exception: OpenCV's TIFF decoder honours the TIFF Orientation tag itself, in every
// mode (checked: tst_scan appliesTiffOrientation).
struct SourceMetadata {
    cv::Size size;                // from the header; empty when it does not say
    int orientation = 1;          // EXIF/TIFF Orientation, 1..8, as stored
    bool decoderOrients = false;  // the decoder already applied `orientation` (TIFF)
    bool cmykTiff = false;        // TIFF PhotometricInterpretation = 5 (separated)
};

SourceMetadata readMetadata(const std::string& path)
{
    // XMP parsing inside readMetadata() is only thread-safe after this (exiv2 0.27 docs).
    static std::once_flag xmpOnce;
    std::call_once(xmpOnce, [] { Exiv2::XmpParser::initialize(); });

    SourceMetadata meta;
    try {
        auto image = Exiv2::ImageFactory::open(path);
        image->readMetadata();
        meta.size = cv::Size(image->pixelWidth(), image->pixelHeight());
        if (meta.size.width <= 0 || meta.size.height <= 0)
            meta.size = {};
        const Exiv2::ExifData& exif = image->exifData();
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end() && orientation->count() > 0) {
            const long value = orientation->toLong();
            if (value >= 1 && value <= 8)
                meta.orientation = static_cast<int>(value);
        }
        const auto photometric =
            exif.findKey(Exiv2::ExifKey("Exif.Image.PhotometricInterpretation"));
        const bool tiff = image->mimeType() == "image/tiff";
        meta.decoderOrients = tiff;
        meta.cmykTiff = tiff && photometric != exif.end() && photometric->count() > 0
                        && photometric->toLong() == 5;
    } catch (const std::exception&) {
        // No or unreadable metadata: the pixels are all we have, shown as stored.
    }
    return meta;
}

void checkFile(const std::string& path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw ScanError("The file " + path + " does not exist.");
    if (!fs::is_regular_file(status))
        throw ScanError(path + " is not a file.");
    if (fs::file_size(path, error) == 0)
        throw ScanError("The file " + path + " is empty.");
    if (!std::ifstream(path, std::ios::binary))
        throw ScanError("The file " + path + " cannot be opened: check its permissions.");
    if (!cv::haveImageReader(path))
        throw ScanError("The file " + path
                        + " is not an image COLORIZED can read (JPEG, PNG or TIFF expected).");
}

// libjpeg decodes a JPEG cut short (a partial copy or download) without an error: it only
// prints "Premature end of JPEG file" and fills the missing rows with gray, which a colorizer
// would then happily colorize. So we look for the end-of-image marker ourselves: skip the
// marker segments before the first scan by their lengths (an EXIF thumbnail carries its own
// end marker), then search the rest, where a 0xFF data byte is always followed by 0x00 or a
// restart marker, for FF D9. Data that some cameras append after the end marker does no harm.
bool jpegIsComplete(const std::string& path)
{
    // Streamed: a 16-bit TIFF scan can be hundreds of megabytes, and only JPEGs need reading.
    std::ifstream file(path, std::ios::binary);
    if (file.get() != 0xFF || file.get() != 0xD8)
        return true;  // not a JPEG: its own decoder reports damage
    for (;;) {
        if (file.get() != 0xFF)
            return false;  // lost in the headers, or cut short inside them
        int marker = file.get();
        while (marker == 0xFF)  // fill bytes
            marker = file.get();
        const int high = file.get(), low = file.get();
        if (marker < 0 || low < 0)
            return false;
        file.seekg(((high << 8) | low) - 2, std::ios::cur);
        if (!file)
            return false;
        if (marker == 0xDA)  // start of scan: entropy-coded data follows
            break;
    }
    std::array<char, 1 << 16> block;
    bool previousWasFF = false;
    while (file.read(block.data(), block.size()) || file.gcount() > 0) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(block.data());
        for (std::streamsize i = 0; i < file.gcount(); ++i) {
            if (previousWasFF && bytes[i] == 0xD9)
                return true;
            previousWasFF = bytes[i] == 0xFF;
        }
    }
    return false;
}

cv::Mat decode(const std::string& path)
{
    cv::Mat raw;
    try {
        raw = cv::imread(path, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& error) {
        // OpenCV throws for headers it rejects, e.g. more than CV_IO_MAX_IMAGE_PIXELS pixels.
        throw ScanError("The image " + path + " cannot be decoded: " + error.err + ".");
    } catch (const std::bad_alloc&) {
        throw ScanError("The image " + path + " is too large to load into memory.");
    }
    if (raw.empty())
        throw ScanError("The image " + path + " is damaged or incomplete and cannot be decoded.");
    if (!jpegIsComplete(path))
        throw ScanError("The image " + path + " is damaged or incomplete: the JPEG data ends before the "
                        "picture does (a partial copy or download?). Copy it again from the original.");
    return raw;
}

void appendNote(ScanImage& scan, const std::string& note)
{
    scan.note += scan.note.empty() ? note : " " + note;
}

// 8 and 16 bits pass unchanged; floating-point samples (0..1) become 16 bits.
void normalizeDepth(cv::Mat& raw, ScanImage& scan)
{
    switch (raw.depth()) {
    case CV_8U: scan.bitDepth = 8; return;
    case CV_16U: scan.bitDepth = 16; return;
    case CV_32F:
    case CV_64F:
        raw.convertTo(raw, CV_16U, 65535.0);  // saturating: values outside 0..1 are clipped
        scan.bitDepth = 16;
        appendNote(scan, "Floating-point samples converted to 16 bits.");
        return;
    default:
        throw ScanError("The image " + scan.sourcePath
                        + " uses a sample format COLORIZED cannot read (8 or 16 bits expected).");
    }
}

// Moves channels into scan.pixels (gray or BGR) and scan.alpha. A CMYK TIFF arrives from
// OpenCV's RGBA fallback with a synthetic opaque alpha, which is dropped.
void splitChannels(cv::Mat& raw, ScanImage& scan, bool cmykTiff)
{
    const int depth = raw.depth();
    switch (raw.channels()) {
    case 1:
    case 3:
        scan.pixels = std::move(raw);
        return;
    case 2:
    case 4: {
        const int colors = raw.channels() - 1;
        scan.pixels.create(raw.size(), CV_MAKETYPE(depth, colors));
        const int toColor[] = {0, 0, 1, 1, 2, 2};
        cv::mixChannels(&raw, 1, &scan.pixels, 1, toColor, colors);
        if (!cmykTiff) {
            scan.alpha.create(raw.size(), CV_MAKETYPE(depth, 1));
            const int toAlpha[] = {colors, 0};
            cv::mixChannels(&raw, 1, &scan.alpha, 1, toAlpha, 1);
        }
        raw.release();
        return;
    }
    default:
        throw ScanError("The image " + scan.sourcePath + " has "
                        + std::to_string(raw.channels())
                        + " channels; COLORIZED reads gray, RGB and RGBA images.");
    }
}

// EXIF orientation 1..8 -> upright, with the same transforms as OpenCV's ApplyExifOrientation.
void applyOrientation(cv::Mat& image, int orientation)
{
    if (image.empty())
        return;
    switch (orientation) {
    case 2: cv::flip(image, image, 1); break;
    case 3: cv::flip(image, image, -1); break;
    case 4: cv::flip(image, image, 0); break;
    case 5: cv::transpose(image, image); break;
    case 6: cv::transpose(image, image); cv::flip(image, image, 1); break;
    case 7: cv::transpose(image, image); cv::flip(image, image, -1); break;
    case 8: cv::transpose(image, image); cv::flip(image, image, 0); break;
    default: break;
    }
}

template <typename T>
bool channelsEqual(const cv::Mat& bgr)
{
    for (int y = 0; y < bgr.rows; ++y) {
        const T* p = bgr.ptr<T>(y);
        for (int x = 0; x < bgr.cols; ++x, p += 3)
            if (p[0] != p[1] || p[1] != p[2])
                return false;
    }
    return true;
}

// A gray photograph saved as RGB (the usual case for scans) is kept as one channel: a third of
// the memory, and the same L*.
void collapseNeutralColor(ScanImage& scan)
{
    if (scan.pixels.channels() != 3)
        return;
    const bool neutral = scan.pixels.depth() == CV_8U ? channelsEqual<uchar>(scan.pixels)
                                                      : channelsEqual<ushort>(scan.pixels);
    if (!neutral)
        return;
    cv::Mat gray;
    cv::extractChannel(scan.pixels, gray, 0);
    scan.pixels = std::move(gray);
    appendNote(scan, "RGB with three equal channels read as gray.");
}

}  // namespace

double inMemoryMegapixels()
{
    if (const char* value = std::getenv("COLORIZED_IN_MEMORY_MEGAPIXELS")) {
        char* end = nullptr;
        const double megapixels = std::strtod(value, &end);
        if (end != value && *end == '\0' && std::isfinite(megapixels) && megapixels > 0)
            return megapixels;
    }
    return kDefaultInMemoryMegapixels;
}

cv::Size scanSizeFromHeader(const std::string& path) { return readMetadata(path).size; }

std::string tooLargeMessage(const std::string& path, cv::Size size, double maxMegapixels, const std::string& why)
{
    const double megapixels = static_cast<double>(size.width) * size.height / 1e6;
    std::ostringstream text;
    text << std::fixed << std::setprecision(0) << "The image " << fs::path(path).filename().string() << " is "
         << size.width << " x " << size.height << " pixels (" << megapixels << " megapixels), more than the "
         << maxMegapixels << " megapixels COLORIZED holds in memory at once. "
         << (why.empty() ? "`colorized-cli colorize` reads PNG and TIFF scans this large in strips." : why)
         << " To load it whole, raise the limit with --in-memory-limit or the environment variable "
            "COLORIZED_IN_MEMORY_MEGAPIXELS (it needs about "
         << std::setprecision(1) << megapixels * kInMemoryBytesPerPixel / 1000.0 << " GB of memory).";
    return text.str();
}

ScanImage loadScan(const std::string& path, double maxMegapixels)
{
    checkFile(path);
    const SourceMetadata meta = readMetadata(path);
    if (static_cast<double>(meta.size.width) * meta.size.height > maxMegapixels * 1e6)
        throw ScanTooLargeError(tooLargeMessage(path, meta.size, maxMegapixels, {}));
    cv::Mat raw = decode(path);

    ScanImage scan;
    scan.sourcePath = path;
    normalizeDepth(raw, scan);
    splitChannels(raw, scan, meta.cmykTiff);
    if (meta.cmykTiff)
        appendNote(scan, "CMYK converted to RGB.");
    if (!meta.decoderOrients) {
        applyOrientation(scan.pixels, meta.orientation);
        applyOrientation(scan.alpha, meta.orientation);
    }
    if (meta.orientation != 1)
        appendNote(scan, "EXIF orientation " + std::to_string(meta.orientation) + " applied.");
    scan.sourceIsGray = scan.pixels.channels() == 1;
    if (!scan.sourceIsGray) {
        collapseNeutralColor(scan);
        scan.sourceIsGray = scan.pixels.channels() == 1;
    }
    return scan;
}

}  // namespace colorized::imaging
