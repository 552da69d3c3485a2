#pragma once
// What an exported image says about itself, so that a colorized copy can never pass for an
// original and the exact result can be reproduced (docs/ARCHITECTURE.md, "The color pipeline").

#include "colorized/jobs/colorizetypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace colorized::jobs {

// IPTC Digital Source Type for a composite of a real photo and trained-model output.
inline constexpr char kDigitalSourceType[] =
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";
// Our XMP namespace; properties are read back as "Xmp.colorized.<Name>".
inline constexpr char kXmpNamespace[] = "http://colorized.invalid/ns/1.0/";
inline constexpr char kXmpPrefix[] = "colorized";

QString softwareVersion();  // "COLORIZED 0.1.0"

// The provenance record of candidate `candidate` of a result, exported as `exportedName`.
// Same content in the XMP packet and the sidecar JSON.
QJsonObject provenanceRecord(const ColorizeResult& result, int candidate,
                             const QString& exportedName);

// Embeds the record as XMP (and EXIF Software/ImageDescription where the format has EXIF)
// into an existing PNG, JPEG or TIFF file in place. Returns an error sentence, empty on
// success. Any thread; calls into exiv2 are serialised.
QString embedProvenance(const QString& imagePath, const QJsonObject& record);

// Every XMP property of a file as "Xmp.ns.Name" -> value; empty when it has none or cannot be
// read. For tests and for checking an export.
QMap<QString, QString> readXmp(const QString& imagePath);

}  // namespace colorized::jobs
