#pragma once
// What a colorized image says about itself, so that it can never pass for an original and the
// exact result can be reproduced. One record for the application's export and for
// `colorized-cli colorize`: the same JSON goes into the image (XMP, and EXIF where the format has
// it) and into the sidecar NAME.json. Its fields are listed in the README ("Provenance sidecar");
// docs/ARCHITECTURE.md, "The color pipeline" and "What the CLI and the application share".

#include "colorized/imaging/scanstream.h"
#include "colorized/jobs/colorizetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSize>
#include <QString>
#include <QVector>

namespace colorized::jobs {

// IPTC Digital Source Type for a composite of a real photo and trained-model output.
inline constexpr char kDigitalSourceType[] =
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";
// Our XMP namespace; properties are read back as "Xmp.colorized.<Name>".
inline constexpr char kXmpNamespace[] = "http://colorized.invalid/ns/1.0/";
inline constexpr char kXmpPrefix[] = "colorized";
// The record's "provenanceVersion". Records without it are version 1, in two dialects: the
// application's had hints as "#rrggbb" colors and no eta, the CLI's no continuedFromStep.
// Version 2 had no hint notes, hint strength or radius, and no continuedFromSeed/Candidate.
// Version 3 had no guidance: every model then ran at 1. Version 4 had no damping: a consensus
// was the candidates' plain mean. Version 5 had no guidance cutoff: guidance applied at every step.
// Version 6 drew candidate k's noise from seed + k alone; version 7 records noisePerPhoto: true
// when it was drawn from seed + the first 64 bits of sourceSha256 + k (imaging::photoNoiseKey),
// so that photos colorized with one seed do not share their noise; false for a project's photo
// made before that and rendered again.
inline constexpr int kProvenanceVersion = 7;

QString softwareVersion();  // "COLORIZED 0.1.0"

// A color hint as the model was conditioned on it: the same form as a `colorize --hints` file,
// so a record's hints can be passed back to reproduce the result.
struct ProvenanceHint {
    double x = 0.0;  // fractions of the photo's width and height, 0..1
    double y = 0.0;
    double a = 0.0;  // CIE a*, b* (D65); a picked color's L* is not used
    double b = 0.0;
    QString note;    // the evidence for the color; written only when not empty
};

// Everything the record states about one written image. Paths are reduced to file names.
struct Provenance {
    QString file;                 // the written image
    QString sourcePath;           // the original scan
    QString sourceSha256;         // hex, of the original's bytes when it was colorized
    QSize sourceSize;
    int sourceBitDepth = 8;
    QString modelName;
    QString modelPath;
    QString modelSha256;
    QString sampler;              // its name in the samplers' table (samplerkind.h)
    int steps = 0;                // as run: DDPM runs the model's T steps
    double eta = 1.0;             // DDIM eta as run
    double guidance = 1.0;        // classifier-free guidance as run (1: none)
    double guidanceCutoff = 0.0;  // guided at timesteps t >= cutoff * T as run (0: every step)
    double damping = 0.0;         // the consensus' damping by disagreement as run (0: plain mean)
    quint64 seed = 0;
    bool noisePerPhoto = true;    // the noise drawn from seed + the first 64 bits of sourceSha256
    int candidates = 1;           // K drawn in one batch
    int candidate = 0;            // which result this image is, 0-based: a candidate, or with
                                  // K > 1 their consensus, K (samplingdefaults.h)
    int resolution = 0;           // working resolution as run, long side in pixels
    bool bf16 = false;            // as run, not as asked for
    double hintStrength = 0.0;    // how firmly the sampler kept the hints, 0..1
    double hintRadius = 0.0;      // the kept disc's radius, working pixels
    int continuedFromStep = 0;    // > 0: branched from that step of an earlier run
    quint64 continuedFromSeed = 0;     // that run's seed
    int continuedFromCandidate = 0;    // the result of that run whose state was continued
    QVector<ProvenanceHint> hints;
    QDateTime date;               // when the result was made
};

// What the archivist calls result `result` of a run of `drawn` candidates, translated:
// "Consensus" or "Candidate K" (1-based).
QString resultName(int result, int drawn);

// The record, version kProvenanceVersion.
QJsonObject provenanceRecord(const Provenance& provenance);

// The provenance of candidate `candidate` of an application result, exported as `exportedName`.
Provenance provenanceOf(const ColorizeResult& result, int candidate, const QString& exportedName);

// Embeds the record as XMP (and EXIF Software/ImageDescription where the format has EXIF)
// into an existing PNG, JPEG or TIFF file in place. Returns an error sentence, empty on
// success. Any thread; calls into exiv2 are serialised.
QString embedProvenance(const QString& imagePath, const QJsonObject& record);

// The same XMP as a packet, with the TIFF Software and ImageDescription texts, for a writer that
// embeds them while it encodes (a scan written in strips is too large to rewrite afterwards).
// Throws std::runtime_error when exiv2 cannot encode the packet.
imaging::RowWriterMetadata provenanceMetadata(const QJsonObject& record);

// The sidecar of an image: imagePath + ".json".
QString sidecarPath(const QString& imagePath);

// Writes the record as the image's sidecar; the file appears complete or not at all. Returns
// an error sentence, empty on success. Any thread.
QString writeSidecar(const QString& imagePath, const QJsonObject& record);

// Every XMP property of a file as "Xmp.ns.Name" -> value; empty when it has none or cannot be
// read. For tests and for checking an export.
QMap<QString, QString> readXmp(const QString& imagePath);

}  // namespace colorized::jobs
