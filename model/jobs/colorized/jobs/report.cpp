#include "colorized/jobs/report.h"

#include "colorized/jobs/imageconvert.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace colorized::jobs {
namespace {

// The report's sentences, in the translations' context "Report" (lupdate reads the context
// from the macro; a tr() of our own in this namespace was filed under "colorized::jobs").
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

// A hint's color as a swatch: its a*b* at a mid lightness (the scan gives the real L*).
QString swatch(const ProvenanceHint& hint)
{
    return QStringLiteral("<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
        .arg(colorOfLab(60.0, hint.a, hint.b).name());
}

// The guidance as run, and over which timesteps when not over all of them; none without it.
QString guidanceText(const Provenance& p)
{
    if (p.guidance == 1.0)
        return {};
    if (p.guidanceCutoff <= 0.0)
        return ReportText::tr(", classifier-free guidance %1").arg(p.guidance);
    return ReportText::tr(", classifier-free guidance %1 over the noisiest %2 % of the timesteps")
        .arg(p.guidance)
        .arg(100.0 * (1.0 - p.guidanceCutoff));
}

// The seed and which of the run's results this is.
QString seedText(const Provenance& p)
{
    if (!isConsensus(p.candidate, p.candidates))
        return ReportText::tr("%1; candidate %2 of %3").arg(p.seed).arg(p.candidate + 1).arg(p.candidates);
    if (p.damping > 0.0)
        return ReportText::tr("%1; the consensus of %2 candidates, colors they disagree on damped by %3")
            .arg(p.seed)
            .arg(p.candidates)
            .arg(p.damping);
    return ReportText::tr("%1; the consensus of %2 candidates").arg(p.seed).arg(p.candidates);
}

}  // namespace

ReportContent reportOf(const ColorizeResult& result, int candidate, const QImage& shown, const QString& branch)
{
    return {provenanceOf(result, candidate, QString()), shown, branch};
}

QString reportHtml(const ReportContent& content)
{
    const Provenance& p = content.provenance;
    const QString source = QFileInfo(p.sourcePath).fileName();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2>%1</h2>").arg(ReportText::tr("Colorization report: %1").arg(source).toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(ReportText::tr("The colors are a machine-learning estimate added to a black-and-white original; "
                        "they are not a record of the original colors. Only the hints below rest on evidence.")
                         .toHtmlEscaped());
    if (!content.result.isNull())
        html += QStringLiteral("<p><img src=\"result\" width=\"%1\"></p>").arg(qMin(content.result.width(), 480));

    html += QStringLiteral("<table cellpadding=3>");
    html += row(ReportText::tr("Original"), ReportText::tr("%1 (%2 × %3 pixels, %4-bit), SHA-256 %5")
                                    .arg(source)
                                    .arg(p.sourceSize.width())
                                    .arg(p.sourceSize.height())
                                    .arg(p.sourceBitDepth)
                                    .arg(p.sourceSha256)
                                    .toHtmlEscaped());
    html += row(ReportText::tr("Model"), ReportText::tr("%1 (%2), SHA-256 %3")
                                 .arg(p.modelName, QFileInfo(p.modelPath).fileName(), p.modelSha256)
                                 .toHtmlEscaped());
    html += row(ReportText::tr("Sampler"), ReportText::tr("%1, %2 steps, eta %3, working resolution %4 px%5")
                                   .arg(p.sampler.toUpper())
                                   .arg(p.steps)
                                   .arg(p.eta)
                                   .arg(p.resolution)
                                   .arg(p.bf16 ? ReportText::tr(", bfloat16") : QString())
                                   .append(guidanceText(p))
                                   .toHtmlEscaped());
    html += row(ReportText::tr("Seed"), seedText(p).toHtmlEscaped());
    html += row(ReportText::tr("Branch"), (content.branch.isEmpty() ? ReportText::tr("A first colorization from noise.") : content.branch)
                                  .toHtmlEscaped());
    if (!p.hints.isEmpty())
        html += row(ReportText::tr("Hints kept"), ReportText::tr("strength %1 within %2 working pixels").arg(p.hintStrength).arg(p.hintRadius)
                                          .toHtmlEscaped());
    html += row(ReportText::tr("Made"), ReportText::tr("%1 by %2").arg(p.date.toUTC().toString(Qt::ISODate), softwareVersion()).toHtmlEscaped());
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(ReportText::tr("Color hints").toHtmlEscaped());
    if (p.hints.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(ReportText::tr("None: every color is the model's estimate.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3><tr><th>#</th><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th></tr>")
                    .arg(ReportText::tr("Color").toHtmlEscaped(), ReportText::tr("CIE a*, b*").toHtmlEscaped(),
                         ReportText::tr("Position (x, y)").toHtmlEscaped(), ReportText::tr("Evidence").toHtmlEscaped());
        for (int i = 0; i < p.hints.size(); ++i) {
            const ProvenanceHint& hint = p.hints.at(i);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3, %4</td><td>%5 %, %6 %</td><td>%7</td></tr>")
                        .arg(i + 1)
                        .arg(swatch(hint))
                        .arg(hint.a, 0, 'f', 1)
                        .arg(hint.b, 0, 'f', 1)
                        .arg(hint.x * 100, 0, 'f', 1)
                        .arg(hint.y * 100, 0, 'f', 1)
                        .arg(hint.note.isEmpty() ? ReportText::tr("(none given)").toHtmlEscaped() : hint.note.toHtmlEscaped());
        }
        html += QStringLiteral("</table><p><small>%1</small></p>")
                    .arg(ReportText::tr("A hint gives hue and saturation only: the lightness always comes from the original.")
                             .toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

QString writeReport(const QString& path, const ReportContent& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportText::tr("The report %1 could not be written (%2). Choose another folder.")
            .arg(QFileInfo(path).fileName(), file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setTitle(ReportText::tr("Colorization report: %1").arg(QFileInfo(content.provenance.sourcePath).fileName()));
        pdf.setCreator(softwareVersion());
        QTextDocument document;
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("result")), content.result);
        document.setHtml(reportHtml(content));
        document.print(&pdf);
    }
    if (!file.commit())
        return ReportText::tr("The report %1 could not be written (%2). Choose another folder.")
            .arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

}  // namespace colorized::jobs
