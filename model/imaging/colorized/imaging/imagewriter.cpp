#include "colorized/imaging/imagewriter.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <random>

namespace colorized::imaging {
namespace {

namespace fs = std::filesystem;

enum class Format { Png, Tiff, Jpeg };

Format formatOf(const fs::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png")
        return Format::Png;
    if (extension == ".tif" || extension == ".tiff")
        return Format::Tiff;
    if (extension == ".jpg" || extension == ".jpeg")
        return Format::Jpeg;
    throw ImageWriteError("Cannot write " + path.string()
                          + ": the file name must end in .png, .tif or .jpg.");
}

void checkTarget(const fs::path& target, const ImageWriteOptions& options)
{
    for (const std::string& input : options.protectedPaths)
        if (sameFile(target.string(), input))
            throw ImageWriteError("Refusing to overwrite the original scan " + input
                                  + ": choose another file name or folder.");
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw ImageWriteError("Cannot write " + target.string() + ": the folder "
                              + folder.string() + " does not exist.");
    if (fs::is_directory(target, error))
        throw ImageWriteError("Cannot write " + target.string() + ": it is a folder.");
}

// Pixels in a form the format stores: JPEG gets 8 bits and no alpha.
cv::Mat encodable(const cv::Mat& image, Format format)
{
    if (image.empty() || (image.depth() != CV_8U && image.depth() != CV_16U)
        || (image.channels() != 1 && image.channels() != 3 && image.channels() != 4))
        throw ImageWriteError("Cannot write this image: 8/16-bit gray, BGR or BGRA expected.");
    if (format != Format::Jpeg)
        return image;
    cv::Mat out = image;
    if (out.channels() == 4) {
        cv::Mat bgr(out.size(), CV_MAKETYPE(out.depth(), 3));
        const int fromTo[] = {0, 0, 1, 1, 2, 2};
        cv::mixChannels(&out, 1, &bgr, 1, fromTo, 3);
        out = bgr;
    }
    if (out.depth() == CV_16U)
        out.convertTo(out, CV_8U, 1.0 / 257.0);  // 65535 -> 255, rounded
    return out;
}

// PNG and TIFF through scanstream.h's writers, the whole image as one band.
void writeInRows(const std::string& temporaryPath, const cv::Mat& pixels, const ImageWriteOptions& options)
{
    const RowFormat format{pixels.cols, pixels.rows, pixels.channels(), pixels.depth() == CV_16U ? 16 : 8};
    try {
        const auto writer = createScanRowWriter(temporaryPath, format, options.metadata, options.compression);
        writer->writeRows(pixels.data, pixels.step, pixels.rows);
        writer->finish();
    } catch (const ScanStreamError& error) {
        throw ImageWriteError(error.what());
    }
}

// Creates an empty, uniquely named file next to the target, keeping its extension (OpenCV
// picks the encoder by extension). "wx" fails if the name exists, so the name is ours.
fs::path reserveTemporary(const fs::path& target)
{
    std::random_device entropy;
    std::mt19937_64 random(entropy());
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    for (int attempt = 0; attempt < 16; ++attempt) {
        char suffix[17];
        std::snprintf(suffix, sizeof suffix, "%016llx",
                      static_cast<unsigned long long>(random()));
        const fs::path candidate = folder
            / ("." + target.stem().string() + ".partial-" + suffix + target.extension().string());
        if (std::FILE* file = std::fopen(candidate.c_str(), "wx")) {
            std::fclose(file);
            return candidate;
        }
    }
    throw ImageWriteError("Cannot create a file in " + folder.string()
                          + ": check that the folder is writable.");
}

// Flushes the file's data to the disk, so that the rename never exposes a truncated image
// after a crash or power loss.
void syncToDisk(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

bool embedsMetadataWhileWriting(const std::string& path)
{
    try {
        return formatOf(fs::path(path)) != Format::Jpeg;
    } catch (const ImageWriteError&) {
        return false;   // not an image name: writeImage() says so
    }
}

bool sameFile(const std::string& path, const std::string& other)
{
    std::error_code error;
    const bool pathExists = fs::exists(path, error);
    const bool otherExists = fs::exists(other, error);
    if (pathExists && otherExists)
        return fs::equivalent(path, other, error);  // hard links and symlinks included
    if (pathExists != otherExists)
        return false;
    std::error_code e1, e2;
    return fs::weakly_canonical(path, e1) == fs::weakly_canonical(other, e2);
}

AtomicFileWrite::AtomicFileWrite(const std::string& target, const std::vector<std::string>& protectedPaths)
    : target_(target)
{
    ImageWriteOptions options;
    options.protectedPaths = protectedPaths;
    checkTarget(fs::path(target), options);
    temporary_ = reserveTemporary(fs::path(target)).string();
}

AtomicFileWrite::~AtomicFileWrite()
{
    if (!temporary_.empty()) {
        std::error_code ignored;
        fs::remove(temporary_, ignored);
    }
}

void AtomicFileWrite::commit()
{
    syncToDisk(temporary_);
    std::error_code error;
    fs::rename(temporary_, target_, error);
    if (error)
        throw ImageWriteError("Could not write " + target_ + ": " + error.message() + ".");
    temporary_.clear();
}

void writeImage(const std::string& path, const cv::Mat& image, const ImageWriteOptions& options)
{
    const Format format = formatOf(fs::path(path));
    AtomicFileWrite file(path, options.protectedPaths);
    const cv::Mat pixels = encodable(image, format);
    if (format != Format::Jpeg) {
        writeInRows(file.temporaryPath(), pixels, options);
    } else {
        bool written = false;
        std::string reason;
        try {
            written = cv::imwrite(file.temporaryPath(), pixels, {cv::IMWRITE_JPEG_QUALITY, options.jpegQuality});
        } catch (const cv::Exception& error) {
            reason = error.what();
        }
        if (!written)
            throw ImageWriteError("Could not write " + path + ": the disk may be full or the folder not writable."
                                  + (reason.empty() ? "" : " (" + reason + ")"));
    }
    if (options.beforeCommit)
        options.beforeCommit(file.temporaryPath());
    file.commit();
}

}  // namespace colorized::imaging
