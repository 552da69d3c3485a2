#include "colorized/jobs/provenancewriter.h"

#include "colorized/jobs/provenance.h"

#include <QFile>

namespace colorized::jobs {

void writeImageWithProvenance(const std::string& path, const cv::Mat& pixels, const QJsonObject& record,
                              imaging::ImageWriteOptions options)
{
    if (imaging::embedsMetadataWhileWriting(path)) {
        // PNG and TIFF carry it from the first byte: no second pass of exiv2 over the file.
        try {
            options.metadata = provenanceMetadata(record);
        } catch (const std::exception& error) {
            throw imaging::ImageWriteError(error.what());
        }
    } else {
        options.beforeCommit = [&record](const std::string& temporaryPath) {
            const QString error = embedProvenance(QFile::decodeName(temporaryPath.c_str()), record);
            if (!error.isEmpty())
                throw imaging::ImageWriteError(error.toStdString());
        };
    }
    imaging::writeImage(path, pixels, options);
    const QString error = writeSidecar(QFile::decodeName(path.c_str()), record);
    if (!error.isEmpty())
        throw SidecarError(error.toStdString());
}

}  // namespace colorized::jobs
