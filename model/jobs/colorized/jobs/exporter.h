#pragma once
// Export of a result at full resolution with its provenance. Never writes over an existing
// file (so never over an original); every file appears atomically.

#include "colorized/jobs/colorizetypes.h"

#include <QSize>
#include <QString>
#include <QVector>

#include <optional>

namespace colorized::jobs {

enum class ExportFormat { Png, Tiff, Jpeg };
QString fileExtension(ExportFormat format);  // "png", "tif", "jpg"

struct ExportOptions {
    QString folder;
    ExportFormat format = ExportFormat::Png;
    int jpegQuality = 95;
    int candidate = -1;     // which result (ColorizeResult::candidates); -1: the one shown
};

struct ExportOutcome {
    QString imagePath;      // set on success
    QString sidecarPath;    // imagePath + ".json"
    QString error;          // translated sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

// The name an export will get in `folder`: "<source name>-colorized.<ext>" for the result shown,
// "<source name>-colorized-cK.<ext>" for candidate K (1-based) picked instead, with "-2", "-3"...
// added while that name or its sidecar exists.
QString exportPath(const QString& sourcePath, const QString& folder, ExportFormat format,
                   std::optional<int> pickedCandidate);

// Re-reads the original (refusing one that changed since it was colorized), composes the
// chosen candidate at full resolution and at the original's bit depth (JPEG: 8 bits), writes
// it with XMP provenance and a sidecar JSON. Any thread except the GUI thread (it reads and
// writes whole images): run it with QtConcurrent::run.
ExportOutcome exportResult(const ColorizeResult& result, const ExportOptions& options);

// Candidate `candidate` at full resolution as an 8-bit RGB image for the viewer; null image
// and *error set when the original cannot be read. Same thread rule as exportResult.
QImage composeForDisplay(const ColorizeResult& result, int candidate, QString* error = nullptr);

// Every candidate composed at full resolution from the original (read once), then reduced to
// fit `tile` (never enlarged): what the candidates grid shows, sharp at the size it is shown
// rather than the working-resolution candidate scaled up. Empty and *error set when the
// original cannot be read. Same thread rule.
QVector<QImage> composeCandidateTiles(const ColorizeResult& result, QSize tile, QString* error = nullptr);

}  // namespace colorized::jobs
