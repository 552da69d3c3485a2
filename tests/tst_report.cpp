// The printable per-photo report: it states the facts of the provenance record (original,
// model and its hash, sampler, seed, branch) and every hint with its color, position and
// evidence, escaped; it is written as a PDF that appears whole or not at all.

#include "colorized/jobs/report.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void htmlStatesTheFactsAndTheEvidence();
    void pdfIsWrittenWhole();
    void failureIsASentenceAndLeavesNothing();

private:
    static ReportContent content();
};

ReportContent TestReport::content()
{
    ReportContent c;
    Provenance& p = c.provenance;
    p.sourcePath = QStringLiteral("/archive/box 3/wedding.tif");
    p.sourceSha256 = QStringLiteral("ab12ef");
    p.sourceSize = QSize(640, 480);
    p.sourceBitDepth = 16;
    p.modelName = QStringLiteral("colorized-default");
    p.modelPath = QStringLiteral("/models/colorized-default.safetensors");
    p.modelSha256 = QStringLiteral("cd34aa");
    p.sampler = QStringLiteral("ddim");
    p.steps = 25;
    p.seed = 4242;
    p.candidates = 4;
    p.candidate = 2;
    p.hints = {{0.25, 0.75, 20.5, -35.0, QStringLiteral("Catalogue <b>1912</b> & register")},
               {0.5, 0.1, 0.0, 0.0, {}}};
    c.result = QImage(64, 48, QImage::Format_RGB32);
    c.result.fill(QColor(200, 120, 40));
    c.branch = QStringLiteral("Branch 2 of 2: continued from branch 1 at step 10.");
    return c;
}

void TestReport::htmlStatesTheFactsAndTheEvidence()
{
    const QString html = reportHtml(content());
    for (const char* fact : {"wedding.tif", "ab12ef", "colorized-default", "cd34aa", "DDIM, 25 steps", "4242",
                             "candidate 3 of 4", "Branch 2 of 2: continued from branch 1 at step 10.",
                             "20.5, -35.0", "25.0 %, 75.0 %", "(none given)", "not a record of the original colors"})
        QVERIFY2(html.contains(QLatin1String(fact)), fact);
    // The evidence is text, never markup.
    QVERIFY(html.contains(QStringLiteral("Catalogue &lt;b&gt;1912&lt;/b&gt; &amp; register")));
    QVERIFY(!html.contains(QStringLiteral("<b>1912")));
    // A first run says so rather than leaving the branch blank.
    ReportContent first = content();
    first.branch.clear();
    QVERIFY(reportHtml(first).contains(QStringLiteral("A first colorization from noise.")));
    // Guidance is named only where it ran: at 1 there was none.
    QVERIFY(!html.contains(QStringLiteral("guidance")));
    ReportContent guided = content();
    guided.provenance.guidance = 1.5;
    QVERIFY(reportHtml(guided).contains(QStringLiteral("classifier-free guidance 1.5")));
    QVERIFY(!reportHtml(guided).contains(QStringLiteral("noisiest")));   // cutoff 0: every step
    guided.provenance.guidanceCutoff = 0.25;
    QVERIFY(reportHtml(guided).contains(QStringLiteral("classifier-free guidance 1.5 over the noisiest 75 % of the timesteps")));
    // The consensus' damping is named for a damped consensus only, never for a single candidate.
    ReportContent consensus = content();
    consensus.provenance.candidate = consensus.provenance.candidates;
    QVERIFY(reportHtml(consensus).contains(QStringLiteral("the consensus of 4 candidates")));
    QVERIFY(!reportHtml(consensus).contains(QStringLiteral("damped")));
    consensus.provenance.damping = 2.0;
    QVERIFY(reportHtml(consensus).contains(QStringLiteral("the consensus of 4 candidates, colors they disagree on damped by 2")));
    ReportContent candidate = content();
    candidate.provenance.damping = 2.0;
    QVERIFY(!reportHtml(candidate).contains(QStringLiteral("damped")));
}

void TestReport::pdfIsWrittenWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wedding-report.pdf"));
    QCOMPARE(writeReport(path, content()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 1000);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("wedding-report.pdf")});
}

void TestReport::failureIsASentenceAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing folder/report.pdf"));
    const QString error = writeReport(path, content());
    QVERIFY(error.contains(QStringLiteral("report.pdf")));
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
