#pragma once
// The printable report of one colorized photo: what an archive files next to the image so that
// anyone can see how its colors were made and on what evidence. A PDF through Qt (QPdfWriter +
// QTextDocument): the photo and the result, the model and its SHA-256, the sampler, seed and
// branch, and every hint with its color, position and evidence. Qt Core/Gui only; any thread.

#include "colorized/jobs/provenance.h"

#include <QImage>
#include <QString>

namespace colorized::jobs {

struct ReportContent {
    Provenance provenance;   // the facts, as the export's record states them
    QImage result;           // the colorized photo as exported (any size; scaled to the page)
    QString branch;          // how the result was reached, one sentence; empty for a first run
};

// The report's content for candidate `candidate` of an application result.
ReportContent reportOf(const ColorizeResult& result, int candidate, const QImage& shown, const QString& branch);

// The report as HTML (what the PDF prints; tests read it). The result image is the document
// resource "result".
QString reportHtml(const ReportContent& content);

// Writes the report as an A4 PDF at `path`; the file appears complete or not at all. Returns an
// error sentence, empty on success.
QString writeReport(const QString& path, const ReportContent& content);

}  // namespace colorized::jobs
