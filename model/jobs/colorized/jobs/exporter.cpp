#include "colorized/jobs/exporter.h"

#include "colorized/jobs/filehash.h"
#include "colorized/jobs/imageconvert.h"
#include "colorized/jobs/provenance.h"
#include "colorized/jobs/provenancewriter.h"
#include "colorized/jobs/runstate.h"

#include "colorized/imaging/imagewriter.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/scan.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace colorized::jobs {

QString fileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Tiff:
        return QStringLiteral("tif");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

QString exportPath(const QString& sourcePath, const QString& folder, ExportFormat format,
                   std::optional<int> pickedCandidate)
{
    const QDir dir(folder);
    QString base = QFileInfo(sourcePath).completeBaseName() + QStringLiteral("-colorized");
    if (pickedCandidate)
        base += QStringLiteral("-c%1").arg(*pickedCandidate + 1);
    const QString extension = fileExtension(format);
    const QString sourceCanonical = QFileInfo(sourcePath).canonicalFilePath();
    for (int attempt = 1;; ++attempt) {
        const QString name = attempt == 1 ? QStringLiteral("%1.%2").arg(base, extension)
                                          : QStringLiteral("%1-%2.%3").arg(base).arg(attempt).arg(extension);
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path) && !QFileInfo::exists(sidecarPath(path)) &&
            QFileInfo(path).absoluteFilePath() != sourceCanonical)
            return path;
    }
}

ExportOutcome exportResult(const ColorizeResult& result, const ExportOptions& options)
{
    ExportOutcome outcome;
    const QString sourceName = QFileInfo(result.sourcePath).fileName();
    if (!result.isValid()) {
        outcome.error = QCoreApplication::translate("Exporter", "%1 has no colorized result to export yet.").arg(sourceName);
        return outcome;
    }
    const int candidate = options.candidate < 0 ? result.shown : options.candidate;
    if (candidate >= resultCount(result.settings.candidates)) {
        outcome.error = QCoreApplication::translate("Exporter", "Candidate %1 does not exist for %2.").arg(candidate + 1).arg(sourceName);
        return outcome;
    }
    if (!QDir(options.folder).exists()) {
        outcome.error = QCoreApplication::translate("Exporter", "The export folder %1 does not exist.").arg(options.folder);
        return outcome;
    }
    const QString sourceSha256 = fileSha256(result.sourcePath);
    if (sourceSha256.isEmpty() || sourceSha256 != result.sourceSha256) {
        outcome.error = QCoreApplication::translate("Exporter", "The original %1 is missing or has changed since it was "
                                 "colorized. Colorize it again before exporting.")
                            .arg(sourceName);
        return outcome;
    }

    cv::Mat pixels;
    try {
        const auto scan = imaging::loadScan(QFile::encodeName(result.sourcePath).toStdString());
        pixels = imaging::composeCandidate(scan, result.run->outcome, candidate);
        if (!scan.alpha.empty() && options.format != ExportFormat::Jpeg &&
            scan.alpha.size() == pixels.size() && scan.alpha.depth() == pixels.depth()) {
            std::vector<cv::Mat> planes;
            cv::split(pixels, planes);
            planes.push_back(scan.alpha);
            cv::merge(planes, pixels);
        }
        if (options.format == ExportFormat::Jpeg && pixels.depth() != CV_8U)
            pixels.convertTo(pixels, CV_8U, 1.0 / 257.0);
    } catch (const std::exception& error) {
        outcome.error = QCoreApplication::translate("Exporter", "%1 could not be prepared for export: %2")
                            .arg(sourceName, QString::fromStdString(error.what()));
        return outcome;
    }

    const QString finalPath = exportPath(result.sourcePath, options.folder, options.format,
                                         candidate == result.shown ? std::nullopt : std::optional<int>(candidate));
    const QFileInfo finalInfo(finalPath);
    const QJsonObject record = provenanceRecord(provenanceOf(result, candidate, finalInfo.fileName()));
    imaging::ImageWriteOptions writing;
    writing.jpegQuality = options.jpegQuality;
    writing.protectedPaths = {QFile::encodeName(result.sourcePath).toStdString()};
    try {
        writeImageWithProvenance(QFile::encodeName(finalPath).toStdString(), pixels, record, writing);
    } catch (const SidecarError&) {
        outcome.imagePath = finalPath;
        outcome.error = QCoreApplication::translate("Exporter", "%1 was exported, but its provenance file %2 could not be "
                                 "written (the image itself carries the provenance).")
                            .arg(finalInfo.fileName(), QFileInfo(sidecarPath(finalPath)).fileName());
        return outcome;
    } catch (const std::exception& error) {
        outcome.error = QCoreApplication::translate("Exporter", "%1 could not be written: %2 Check that the folder is "
                                 "writable and that the disk is not full.")
                            .arg(finalInfo.fileName(), QString::fromStdString(error.what()));
        return outcome;
    }
    outcome.imagePath = finalPath;
    outcome.sidecarPath = sidecarPath(finalPath);
    return outcome;
}

QImage composeForDisplay(const ColorizeResult& result, int candidate, QString* error)
{
    if (candidate == result.shown && !result.image.isNull())
        return result.image;
    try {
        if (!result.run || candidate < 0 || candidate >= resultCount(result.settings.candidates))
            throw std::invalid_argument("no such candidate");
        const auto scan = imaging::loadScan(QFile::encodeName(result.sourcePath).toStdString());
        return toDisplayRgb(imaging::composeCandidate(scan, result.run->outcome, candidate));
    } catch (const std::exception& failure) {
        if (error)
            *error = QCoreApplication::translate("Exporter", "%1 of %2 could not be shown: %3")
                         .arg(resultName(candidate, result.settings.candidates),
                              QFileInfo(result.sourcePath).fileName(), QString::fromStdString(failure.what()));
    }
    return {};
}

QVector<QImage> composeCandidateTiles(const ColorizeResult& result, QSize tile, QString* error)
{
    QVector<QImage> tiles;
    try {
        if (!result.run || tile.isEmpty())
            throw std::invalid_argument("no candidates");
        const auto scan = imaging::loadScan(QFile::encodeName(result.sourcePath).toStdString());
        for (int k = 0; k < resultCount(result.settings.candidates); ++k) {
            const cv::Mat full = imaging::composeCandidate(scan, result.run->outcome, k);
            const QSize fitted = QSize(full.cols, full.rows).scaled(tile, Qt::KeepAspectRatio).boundedTo(QSize(full.cols, full.rows));
            cv::Mat shown = full;
            if (fitted != QSize(full.cols, full.rows))
                cv::resize(full, shown, cv::Size(std::max(1, fitted.width()), std::max(1, fitted.height())), 0, 0, cv::INTER_AREA);
            tiles << toDisplayRgb(shown);
        }
    } catch (const std::exception& failure) {
        tiles.clear();
        if (error)
            *error = QCoreApplication::translate("Exporter", "The candidates of %1 could not be shown: %2")
                         .arg(QFileInfo(result.sourcePath).fileName(), QString::fromStdString(failure.what()));
    }
    return tiles;
}

}  // namespace colorized::jobs
