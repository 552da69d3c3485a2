#pragma once
// Writing a colorized image with its provenance: the one way the application's export and
// `colorized-cli colorize` put a result on disk. OpenCV types, so for model/jobs and the CLI
// (the UI goes through exporter.h). Any thread but the GUI thread: it encodes whole images.

#include "colorized/imaging/imagewriter.h"

#include <QJsonObject>

#include <opencv2/core/mat.hpp>

#include <stdexcept>
#include <string>

namespace colorized::jobs {

// The image was written (and carries the record) but its sidecar was not. A sentence.
class SidecarError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes `pixels` to `path` (imagewriter.h: atomic, never over options.protectedPaths) with
// `record` embedded (PNG, TIFF: while encoding; JPEG: into the temporary file by exiv2) before
// it takes its name, so the image appears complete with its provenance; then the sidecar
// path + ".json", also atomically.
// Throws imaging::ImageWriteError when the image could not be written (nothing was), and
// SidecarError when only the sidecar could not.
void writeImageWithProvenance(const std::string& path, const cv::Mat& pixels, const QJsonObject& record,
                              imaging::ImageWriteOptions options = {});

}  // namespace colorized::jobs
