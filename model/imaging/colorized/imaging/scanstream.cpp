#include "colorized/imaging/scanstream.h"

#include <png.h>
#include <tiffio.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

namespace colorized::imaging {
namespace {

namespace fs = std::filesystem;

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

std::string lowerExtension(const std::string& path)
{
    std::string extension = fs::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

void checkFormat(const RowFormat& format, const std::string& path)
{
    if (format.width <= 0 || format.height <= 0 || format.width > StreamLimits::kMaxSide
        || format.height > StreamLimits::kMaxSide)
        throw ScanStreamError("The image " + fileName(path) + " claims a size of " + std::to_string(format.width)
                              + " x " + std::to_string(format.height) + " pixels, which no scan has: the file is damaged.");
    if ((format.bitDepth != 8 && format.bitDepth != 16) || format.channels < 1 || format.channels > 4)
        throw ScanStreamError("The image " + fileName(path) + " uses a sample layout that cannot be read in strips "
                              "(8 or 16 bits, gray or RGB, with or without alpha expected).");
}

// A decoder's message as part of ours: one line of printable text (it may quote the file's bytes).
std::string printable(const char* message)
{
    std::string text(message);
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
            c = ' ';
    return text;
}

// Swaps the first and third sample of every pixel: RGB(A) <-> BGR(A).
void swapRedBlue(std::uint8_t* row, const RowFormat& format)
{
    if (format.channels < 3)
        return;
    if (format.bitDepth == 8) {
        for (int x = 0; x < format.width; ++x)
            std::swap(row[x * format.channels], row[x * format.channels + 2]);
    } else {
        auto* samples = reinterpret_cast<std::uint16_t*>(row);
        for (int x = 0; x < format.width; ++x)
            std::swap(samples[x * format.channels], samples[x * format.channels + 2]);
    }
}

// ---- PNG ----------------------------------------------------------------------------------
// libpng reports errors by longjmp to the last setjmp: every libpng call that can fail is made
// inside pngGuarded(), whose frame holds no object with a destructor, and the message is kept in
// a fixed buffer, so no C++ object is skipped over.

struct PngErrorText {
    std::array<char, 256> text{};
};

void pngError(png_structp png, png_const_charp message)
{
    auto* error = static_cast<PngErrorText*>(png_get_error_ptr(png));
    std::snprintf(error->text.data(), error->text.size(), "%s", message);
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}

template <typename Call>
bool pngGuarded(png_structp png, Call&& call)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    call();
    return true;
}

// libpng's structures and the file under them, released however a constructor ends (a member,
// so that a refusal thrown from the constructor's body releases them too).
struct PngHandles {
    bool writing = false;
    std::FILE* file = nullptr;
    png_structp png = nullptr;
    png_infop info = nullptr;

    // Opens `path` and creates libpng's structures for it, errors reported into `error`.
    void open(const std::string& path, bool forWriting, PngErrorText& error)
    {
        writing = forWriting;
        file = std::fopen(path.c_str(), writing ? "wb" : "rb");
        if (!file)
            throw ScanStreamError(writing ? "Cannot create " + fileName(path) + ": check that the folder is writable."
                                          : "The file " + fileName(path) + " cannot be opened: check its permissions.");
        png = writing ? png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, pngError, pngWarning)
                      : png_create_read_struct(PNG_LIBPNG_VER_STRING, &error, pngError, pngWarning);
        info = png ? png_create_info_struct(png) : nullptr;
        if (!info)
            throw std::bad_alloc();
    }

    ~PngHandles()
    {
        if (writing)
            png_destroy_write_struct(png ? &png : nullptr, info ? &info : nullptr);
        else
            png_destroy_read_struct(png ? &png : nullptr, info ? &info : nullptr, nullptr);
        if (file)
            std::fclose(file);
    }
};

class PngRowReader final : public ScanRowReader {
public:
    explicit PngRowReader(const std::string& path) : path_(path)
    {
        handles_.open(path, false, error_);
        png_structp png = handles_.png;
        png_infop info = handles_.info;
        // libpng's own limits, checked before it allocates for a row or a chunk.
        png_set_user_limits(png, StreamLimits::kMaxSide, StreamLimits::kMaxSide);
        png_set_chunk_malloc_max(png, 64u << 20);
        png_uint_32 width = 0, height = 0;
        int depth = 0, colorType = 0, interlace = 0;
        const bool ok = pngGuarded(png, [&] {
            png_init_io(png, handles_.file);
            png_read_info(png, info);
            png_get_IHDR(png, info, &width, &height, &depth, &colorType, &interlace, nullptr, nullptr);
        });
        if (!ok)
            fail("its header is damaged");
        if (interlace != PNG_INTERLACE_NONE)
            throw ScanStreamError("The image " + fileName(path) + " cannot be read in strips: it is interlaced "
                                  "(Adam7). Save it again without interlacing.");
        const bool transformed = pngGuarded(png, [&] {
            if (colorType == PNG_COLOR_TYPE_PALETTE)
                png_set_palette_to_rgb(png);
            if (colorType == PNG_COLOR_TYPE_GRAY && depth < 8)
                png_set_expand_gray_1_2_4_to_8(png);
            if (depth == 16)
                png_set_swap(png);   // PNG stores 16-bit samples big-endian
            png_set_bgr(png);
            png_read_update_info(png, info);
        });
        if (!transformed)
            fail("its header is damaged");
        format_.width = static_cast<int>(std::min<png_uint_32>(width, StreamLimits::kMaxSide + 1u));
        format_.height = static_cast<int>(std::min<png_uint_32>(height, StreamLimits::kMaxSide + 1u));
        format_.channels = png_get_channels(png, info);
        format_.bitDepth = png_get_bit_depth(png, info);
        checkFormat(format_, path);
        if (png_get_rowbytes(png, info) != format_.rowBytes())
            fail("its rows do not have the length its header implies");
    }

private:
    void readRow(std::uint8_t* destination) override
    {
        if (!pngGuarded(handles_.png, [&] { png_read_row(handles_.png, destination, nullptr); }))
            fail("its data is damaged or incomplete");
    }

    [[noreturn]] void fail(const char* what)
    {
        throw ScanStreamError("The image " + fileName(path_) + " cannot be read: " + what + " ("
                              + printable(error_.text.data()) + ").");
    }

    std::string path_;
    PngHandles handles_;
    PngErrorText error_;
};

class PngRowWriter final : public ScanRowWriter {
public:
    PngRowWriter(const std::string& path, const RowFormat& format, const RowWriterMetadata& metadata,
                 int compression)
        : path_(path)
    {
        format_ = format;
        checkFormat(format_, path);
        handles_.open(path, true, error_);
        png_structp png = handles_.png;
        png_infop info = handles_.info;
        static const int kColorTypes[] = {0, PNG_COLOR_TYPE_GRAY, PNG_COLOR_TYPE_GRAY_ALPHA, PNG_COLOR_TYPE_RGB,
                                          PNG_COLOR_TYPE_RGB_ALPHA};
        // png_text points into these strings, which outlive the header write below.
        std::string xmpKey = "XML:com.adobe.xmp", softwareKey = "Software", descriptionKey = "Description";
        std::vector<png_text> texts;
        const auto addText = [&](std::string& key, const std::string& value, int compression) {
            if (value.empty())
                return;
            png_text text{};
            text.compression = compression;
            text.key = key.data();
            text.text = const_cast<char*>(value.c_str());
            text.itxt_length = value.size();
            texts.push_back(text);
        };
        // XMP in PNG: an uncompressed iTXt chunk with this keyword (XMP specification, part 3).
        addText(xmpKey, metadata.xmpPacket, PNG_ITXT_COMPRESSION_NONE);
        addText(softwareKey, metadata.software, PNG_ITXT_COMPRESSION_NONE);
        addText(descriptionKey, metadata.description, PNG_ITXT_COMPRESSION_NONE);
        const bool ok = pngGuarded(png, [&] {
            png_init_io(png, handles_.file);
            png_set_IHDR(png, info, static_cast<png_uint_32>(format_.width), static_cast<png_uint_32>(format_.height),
                         format_.bitDepth, kColorTypes[format_.channels], PNG_INTERLACE_NONE,
                         PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
            png_set_compression_level(png, std::clamp(compression, 0, 9));
            if (!texts.empty())
                png_set_text(png, info, texts.data(), static_cast<int>(texts.size()));
            png_write_info(png, info);
            png_set_bgr(png);
            if (format_.bitDepth == 16)
                png_set_swap(png);
        });
        if (!ok)
            fail();
    }

    void finish() override
    {
        if (nextRow_ != format_.height)
            throw ScanStreamError("Could not write " + fileName(path_) + ": rows are missing.");
        if (!pngGuarded(handles_.png, [&] { png_write_end(handles_.png, nullptr); }))
            fail();
        const bool flushed = std::fflush(handles_.file) == 0 && std::ferror(handles_.file) == 0;
        const bool closed = std::fclose(handles_.file) == 0;
        handles_.file = nullptr;
        if (!flushed || !closed)
            fail();
    }

private:
    void writeBand(const std::uint8_t* source, std::size_t stride, int rows) override
    {
        for (int i = 0; i < rows; ++i) {
            const std::uint8_t* row = source + static_cast<std::size_t>(i) * stride;
            if (!pngGuarded(handles_.png, [&] { png_write_row(handles_.png, row); }) || std::ferror(handles_.file))
                fail();
        }
    }

    [[noreturn]] void fail()
    {
        throw ScanStreamError("Could not write " + fileName(path_) + ": the disk may be full or the folder not "
                              "writable (" + printable(error_.text.data()) + ").");
    }

    std::string path_;
    PngHandles handles_;
    PngErrorText error_;
};

// ---- TIFF ---------------------------------------------------------------------------------
// libtiff 4.5's per-file error handlers (TIFFOpenExt), so that two files read at once on two
// threads never share a message.

int tiffError(TIFF*, void* user, const char*, const char* format, va_list arguments)
{
    auto* text = static_cast<std::array<char, 256>*>(user);
    std::vsnprintf(text->data(), text->size(), format, arguments);
    return 1;
}

int tiffWarning(TIFF*, void*, const char*, const char*, va_list) { return 1; }

struct TiffCloser {
    void operator()(TIFF* tiff) const { TIFFClose(tiff); }
};
using TiffHandle = std::unique_ptr<TIFF, TiffCloser>;

TIFF* openTiff(const std::string& path, const char* mode, std::array<char, 256>& errorText)
{
    TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
    if (!options)
        throw std::bad_alloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, tiffError, &errorText);
    TIFFOpenOptionsSetWarningHandlerExtR(options, tiffWarning, nullptr);
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, 256 << 20);  // no single buffer over 256 MiB
    TIFF* tiff = TIFFOpenExt(path.c_str(), mode, options);
    TIFFOpenOptionsFree(options);
    return tiff;
}

class TiffRowReader final : public ScanRowReader {
public:
    explicit TiffRowReader(const std::string& path) : path_(path)
    {
        tiff_.reset(openTiff(path, "r", error_));
        if (!tiff_)
            fail("its header is damaged");
        TIFF* tiff = tiff_.get();
        const auto field = [&](ttag_t tag, std::uint16_t fallback) {
            std::uint16_t value = fallback;
            TIFFGetFieldDefaulted(tiff, tag, &value);
            return value;
        };
        std::uint32_t width = 0, height = 0;
        TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width);
        TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height);
        const std::uint16_t bits = field(TIFFTAG_BITSPERSAMPLE, 1);
        const std::uint16_t samples = field(TIFFTAG_SAMPLESPERPIXEL, 1);
        const std::uint16_t sampleFormat = field(TIFFTAG_SAMPLEFORMAT, SAMPLEFORMAT_UINT);
        const std::uint16_t planar = field(TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        const std::uint16_t orientation = field(TIFFTAG_ORIENTATION, ORIENTATION_TOPLEFT);
        std::uint16_t photometric = 0;
        if (!TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &photometric))
            photometric = samples >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK;
        const auto refuse = [&](const std::string& why) {
            throw ScanStreamError("The image " + fileName(path) + " is too large to read at once and cannot be "
                                  "read in strips: " + why + ".");
        };
        if (TIFFIsTiled(tiff))
            refuse("it is stored in tiles (save it with strips)");
        if (planar != PLANARCONFIG_CONTIG)
            refuse("its color planes are stored separately");
        if ((bits != 8 && bits != 16) || sampleFormat != SAMPLEFORMAT_UINT)
            refuse("its samples are not 8- or 16-bit unsigned integers");
        if (orientation != ORIENTATION_TOPLEFT)
            refuse("it is stored rotated or mirrored (TIFF Orientation " + std::to_string(orientation) + ")");
        const bool gray = photometric == PHOTOMETRIC_MINISBLACK && (samples == 1 || samples == 2);
        const bool rgb = photometric == PHOTOMETRIC_RGB && (samples == 3 || samples == 4);
        if (!gray && !rgb)
            refuse("only gray (black is zero) and RGB images, with at most an alpha channel, can be");
        format_.width = static_cast<int>(std::min<std::uint32_t>(width, StreamLimits::kMaxSide + 1u));
        format_.height = static_cast<int>(std::min<std::uint32_t>(height, StreamLimits::kMaxSide + 1u));
        format_.channels = samples;
        format_.bitDepth = bits;
        checkFormat(format_, path);
        if (static_cast<std::size_t>(TIFFScanlineSize64(tiff)) != format_.rowBytes())
            fail("its rows do not have the length its header implies");
    }

private:
    void readRow(std::uint8_t* destination) override
    {
        if (TIFFReadScanline(tiff_.get(), destination, static_cast<std::uint32_t>(nextRow()), 0) != 1)
            fail("its data is damaged or incomplete");
        swapRedBlue(destination, format_);
    }

    [[noreturn]] void fail(const char* what)
    {
        throw ScanStreamError("The image " + fileName(path_) + " cannot be read: " + what
                              + (error_[0] ? " (" + printable(error_.data()) + ")." : "."));
    }

    std::string path_;
    std::array<char, 256> error_{};   // before tiff_: libtiff may report into it while closing
    TiffHandle tiff_;
};

// Horizontal differencing (TIFF Predictor 2) of one row in place: each sample minus the same
// sample of the pixel to its left, modulo 2^bits.
template <typename T>
void differenceRow(T* row, int width, int channels)
{
    for (int x = width - 1; x > 0; --x)
        for (int c = 0; c < channels; ++c)
            row[x * channels + c] = static_cast<T>(row[x * channels + c] - row[(x - 1) * channels + c]);
}

// Calls work(i) for i in [0, count) on up to one thread per processor.
template <typename Work>
void inParallel(std::size_t count, Work work)
{
    const std::size_t threads = std::min<std::size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    const auto run = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread& helper : helpers)
        helper.join();
}

// TIFF with Adobe Deflate and horizontal differencing, every strip compressed on its own so that
// the strips of a band are compressed on all processors at once (libtiff's own encoder works one
// strip after the other; LZW through it was most of the time spent writing a 16-bit scan).
class TiffRowWriter final : public ScanRowWriter {
public:
    TiffRowWriter(const std::string& path, const RowFormat& format, const RowWriterMetadata& metadata, int level)
        : path_(path), level_(std::clamp(level, 1, 9))
    {
        format_ = format;
        checkFormat(format_, path);
        const bool big = format_.rowBytes() * static_cast<std::size_t>(format_.height) > (std::size_t(2) << 30);
        tiff_.reset(openTiff(path, big ? "w8" : "w", error_));
        if (!tiff_)
            throw ScanStreamError("Cannot create " + fileName(path) + ": check that the folder is writable.");
        TIFF* tiff = tiff_.get();
        rowsPerStrip_ = static_cast<int>(std::clamp<std::size_t>(kStripBytes / format_.rowBytes(), 1, format_.height));
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(format_.width));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(format_.height));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, static_cast<std::uint16_t>(format_.bitDepth));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, static_cast<std::uint16_t>(format_.channels));
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, format_.channels >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
        TIFFSetField(tiff, TIFFTAG_PREDICTOR, PREDICTOR_HORIZONTAL);
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(rowsPerStrip_));
        if (format_.hasAlpha()) {
            const std::uint16_t extra[] = {EXTRASAMPLE_UNASSALPHA};
            TIFFSetField(tiff, TIFFTAG_EXTRASAMPLES, 1, extra);
        }
        if (!metadata.xmpPacket.empty())
            TIFFSetField(tiff, TIFFTAG_XMLPACKET, static_cast<std::uint32_t>(metadata.xmpPacket.size()),
                         metadata.xmpPacket.data());
        if (!metadata.software.empty())
            TIFFSetField(tiff, TIFFTAG_SOFTWARE, metadata.software.c_str());
        if (!metadata.description.empty())
            TIFFSetField(tiff, TIFFTAG_IMAGEDESCRIPTION, metadata.description.c_str());
    }

    void finish() override
    {
        if (nextRow_ != format_.height)
            throw ScanStreamError("Could not write " + fileName(path_) + ": rows are missing.");
        if (!partial_.empty()) {
            std::vector<std::vector<std::uint8_t>> last(1);
            last.front().swap(partial_);
            writeStrips(last);
        }
        const bool flushed = TIFFFlush(tiff_.get()) == 1;
        tiff_.reset();
        if (!flushed)
            fail();
    }

private:
    // About this much raw data per strip: enough for zlib to compress well, small enough that a
    // band of a narrow scan still has a strip for every processor.
    static constexpr std::size_t kStripBytes = std::size_t(256) << 10;
    // Strips copied and compressed together: work for every processor, and a bounded copy
    // (8 MiB) whatever the band's size.
    static constexpr std::size_t kStripsAtOnce = 32;

    void writeBand(const std::uint8_t* source, std::size_t stride, int rows) override
    {
        const std::size_t rowBytes = format_.rowBytes();
        const std::size_t stripBytes = rowBytes * static_cast<std::size_t>(rowsPerStrip_);
        std::vector<std::vector<std::uint8_t>> strips;
        for (int i = 0; i < rows; ++i) {
            const std::uint8_t* row = source + static_cast<std::size_t>(i) * stride;
            partial_.insert(partial_.end(), row, row + rowBytes);
            if (partial_.size() == stripBytes) {
                strips.emplace_back();
                strips.back().swap(partial_);
                partial_.reserve(stripBytes);
                if (strips.size() == kStripsAtOnce) {
                    writeStrips(strips);
                    strips.clear();
                }
            }
        }
        writeStrips(strips);
    }

    // Encodes the strips (RGB order, differencing, deflate) in parallel, then writes them in order.
    void writeStrips(std::vector<std::vector<std::uint8_t>>& strips)
    {
        std::vector<std::vector<std::uint8_t>> encoded(strips.size());
        std::atomic<bool> failed{false};
        inParallel(strips.size(), [&](std::size_t i) {
            std::vector<std::uint8_t>& raw = strips[i];
            const std::size_t rowBytes = format_.rowBytes();
            for (std::size_t offset = 0; offset < raw.size(); offset += rowBytes) {
                std::uint8_t* row = raw.data() + offset;
                swapRedBlue(row, format_);
                if (format_.bitDepth == 8)
                    differenceRow(row, format_.width, format_.channels);
                else
                    differenceRow(reinterpret_cast<std::uint16_t*>(row), format_.width, format_.channels);
            }
            uLongf size = compressBound(static_cast<uLong>(raw.size()));
            encoded[i].resize(size);
            if (compress2(encoded[i].data(), &size, raw.data(), static_cast<uLong>(raw.size()), level_) != Z_OK)
                failed = true;
            encoded[i].resize(size);
            std::vector<std::uint8_t>().swap(raw);   // the raw strip is no longer needed
        });
        if (failed)
            throw std::bad_alloc();   // zlib fails only for want of memory
        for (std::vector<std::uint8_t>& strip : encoded) {
            if (TIFFWriteRawStrip(tiff_.get(), nextStrip_++, strip.data(), static_cast<tmsize_t>(strip.size())) < 0)
                fail();
        }
    }

    [[noreturn]] void fail()
    {
        throw ScanStreamError("Could not write " + fileName(path_) + ": the disk may be full or the folder not "
                              "writable" + (error_[0] ? " (" + printable(error_.data()) + ")." : "."));
    }

    std::string path_;
    int level_;
    int rowsPerStrip_ = 1;
    std::uint32_t nextStrip_ = 0;
    std::vector<std::uint8_t> partial_;   // rows of the strip being filled
    std::array<char, 256> error_{};
    TiffHandle tiff_;
};

bool startsWith(const std::string& path, const unsigned char* magic, std::size_t length)
{
    std::array<unsigned char, 8> head{};
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        throw ScanStreamError("The file " + fileName(path) + " cannot be opened: check its permissions.");
    const std::size_t read = std::fread(head.data(), 1, length, file);
    std::fclose(file);
    return read == length && std::memcmp(head.data(), magic, length) == 0;
}

}  // namespace

void ScanRowReader::readRows(std::uint8_t* destination, std::size_t stride, int rows)
{
    if (rows < 0 || nextRow_ + rows > format_.height)
        throw ScanStreamError("Internal error: rows read past the end of the image.");
    for (int i = 0; i < rows; ++i, ++nextRow_)
        readRow(destination + static_cast<std::size_t>(i) * stride);
}

void ScanRowWriter::writeRows(const std::uint8_t* source, std::size_t stride, int rows)
{
    if (rows < 0 || nextRow_ + rows > format_.height)
        throw ScanStreamError("Internal error: rows written past the end of the image.");
    writeBand(source, stride, rows);
    nextRow_ += rows;
}

std::unique_ptr<ScanRowReader> openScanRowReader(const std::string& path)
{
    static const unsigned char kPng[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static const unsigned char kTiffLittle[] = {'I', 'I', 42, 0}, kTiffBig[] = {'M', 'M', 0, 42};
    static const unsigned char kBigTiffLittle[] = {'I', 'I', 43, 0}, kBigTiffBig[] = {'M', 'M', 0, 43};
    if (startsWith(path, kPng, sizeof kPng))
        return std::make_unique<PngRowReader>(path);
    if (startsWith(path, kTiffLittle, 4) || startsWith(path, kTiffBig, 4) || startsWith(path, kBigTiffLittle, 4)
        || startsWith(path, kBigTiffBig, 4))
        return std::make_unique<TiffRowReader>(path);
    return nullptr;
}

std::unique_ptr<ScanRowWriter> createScanRowWriter(const std::string& path, const RowFormat& format,
                                                   const RowWriterMetadata& metadata, int compression)
{
    const std::string extension = lowerExtension(path);
    if (extension == ".png")
        return std::make_unique<PngRowWriter>(path, format, metadata, compression);
    if (extension == ".tif" || extension == ".tiff")
        return std::make_unique<TiffRowWriter>(path, format, metadata, compression);
    throw ScanStreamError("Cannot write " + fileName(path) + " in strips: PNG or TIFF expected (.png, .tif).");
}

}  // namespace colorized::imaging
