// The project file (colorized/project): every field written is read back as it was, a file
// written before branches reads as one branch from noise, a file of another kind, a newer version, a wrong type, a value out of range, a huge file or a FIFO is
// refused with one sentence naming the file and the field, and every committed fuzz input
// (tests/data/fuzz/project/) ends in a project within range or in such a sentence.

#include "colorized/project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <string>

#include <sys/stat.h>

using namespace colorized::project;

namespace {

void verifyOneSentenceNaming(const std::string& message, const std::string& file, const std::string& problem)
{
    QVERIFY2(message.find(file) != std::string::npos, message.c_str());
    QVERIFY2(message.find(problem) != std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos && message.back() == '.', message.c_str());
}

// A project that sets every field away from its default.
Project fullProject()
{
    Project project;
    project.software = "COLORIZED test";
    Photo street;
    street.path = "/archive/box 1/street.png";
    street.sha256 = std::string(64, 'a');
    street.hints = {{0.25, 0.75, "#dc281e", {}}, {1.0, 0.0, "#0102fffe0304", "Register 1912, p. 4\tline 2"}};
    Render render;
    render.settings.modelPath = "/models/tiny.safetensors";
    render.settings.modelSha256 = std::string(63, '0') + "f";
    render.settings.sampler = "ddpm";
    render.settings.steps = 50;
    render.settings.seed = std::numeric_limits<uint64_t>::max();
    render.settings.candidates = 4;
    render.settings.resolution = 128;
    render.settings.bf16 = true;
    render.settings.eta = 0.1 + 0.2;   // not a short decimal: must come back to the last bit
    render.settings.guidance = 1.75;
    render.settings.damping = 2.5;
    render.settings.guidanceCutoff = 0.375;
    render.settings.hintStrength = 0.5;
    render.settings.noisePerPhoto = true;   // not the default of a file without the field
    render.hints = {{0.5, 0.5, "#00ff00", {}}};
    // A branch from noise, and a continuation of it from step 20 of its candidate 2 with another
    // seed, fewer candidates and no hints, which is shown.
    Branch root{-1, 0, 0, render, 3};
    Render continued = render;
    continued.settings.seed = 7;
    continued.settings.candidates = 2;
    continued.hints.clear();
    Branch continuation{0, 20, 2, continued, 1};
    setBranches(street, {root, continuation}, 1);
    street.review = "rejected";
    street.exported = Export{"/exports/street-colorized-c4.png", "2026-11-30T14:05:09Z", false};
    Photo portrait;
    portrait.path = "/archive/portrait.tif";
    project.photos = {street, portrait};
    project.current = 1;
    return project;
}

QString projectWith(const QString& photoFields, const QString& top = QStringLiteral(R"("current": 0)"))
{
    return QStringLiteral(R"({"format": "colorized-project", "version": 1, )") + top
           + QStringLiteral(R"(, "photos": [{"path": "/a.png")")
           + (photoFields.isEmpty() ? QString() : QStringLiteral(", ") + photoFields) + QStringLiteral("}]}");
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void everyFieldComesBackAsWritten()
    {
        const Project written = fullProject();
        const Project read = parseProject(projectJson(written), "p.colorized");
        QCOMPARE(read.version, kSchemaVersion);
        QCOMPARE(read.software, written.software);
        QCOMPARE(read.current, 1);
        QCOMPARE(read.photos.size(), size_t(2));
        const Photo& street = read.photos[0];
        QCOMPARE(street.path, written.photos[0].path);
        QCOMPARE(street.sha256, written.photos[0].sha256);
        QCOMPARE(street.hints.size(), size_t(2));
        QCOMPARE(street.hints[1].x, 1.0);
        QCOMPARE(street.hints[1].color, std::string("#0102fffe0304"));
        QCOMPARE(street.hints[1].note, std::string("Register 1912, p. 4\tline 2"));
        QVERIFY(street.hints[0].note.empty());
        QVERIFY(street.render);
        QCOMPARE(street.branches.size(), size_t(2));
        QCOMPARE(street.shownBranch, 1);
        const Branch& continuation = street.branches[1];
        QCOMPARE(continuation.parent, 0);
        QCOMPARE(continuation.fromStep, 20);
        QCOMPARE(continuation.fromCandidate, 2);
        QCOMPARE(continuation.candidate, 1);
        QCOMPARE(continuation.render.settings.seed, uint64_t(7));
        QCOMPARE(continuation.render.settings.candidates, 2);
        QVERIFY(continuation.render.hints.empty());
        // The photo's render and candidate are the shown branch's, for versions before branches.
        QCOMPARE(street.render->settings.seed, uint64_t(7));
        QCOMPARE(street.candidate, 1);
        const Branch& root = street.branches[0];
        QCOMPARE(root.parent, -1);
        QCOMPARE(root.candidate, 3);
        const RenderSettings& s = root.render.settings;
        QCOMPARE(s.modelPath, written.photos[0].render->settings.modelPath);
        QCOMPARE(s.modelSha256, written.photos[0].render->settings.modelSha256);
        QCOMPARE(s.sampler, std::string("ddpm"));
        QCOMPARE(s.steps, 50);
        QCOMPARE(s.seed, std::numeric_limits<uint64_t>::max());
        QCOMPARE(s.candidates, 4);
        QCOMPARE(s.resolution, 128);
        QCOMPARE(s.bf16, true);
        QCOMPARE(s.eta, 0.1 + 0.2);
        QCOMPARE(s.guidance, 1.75);
        QCOMPARE(s.damping, 2.5);
        QCOMPARE(s.guidanceCutoff, 0.375);
        QCOMPARE(s.hintStrength, 0.5);
        QCOMPARE(s.noisePerPhoto, true);
        QCOMPARE(root.render.hints.size(), size_t(1));
        QCOMPARE(root.render.hints[0].color, std::string("#00ff00"));
        QCOMPARE(street.review, std::string("rejected"));
        QVERIFY(street.exported);
        QCOMPARE(street.exported->path, written.photos[0].exported->path);
        QCOMPARE(street.exported->time, std::string("2026-11-30T14:05:09Z"));
        QCOMPARE(street.exported->upToDate, false);
        const Photo& portrait = read.photos[1];
        QVERIFY(!portrait.render);
        QVERIFY(portrait.branches.empty());
        QVERIFY(!portrait.exported);
        QVERIFY(portrait.hints.empty());
        QCOMPARE(portrait.review, std::string("to review"));   // absent from the file: the default
        // Written again, the same text: nothing is lost or reordered on a second save.
        QCOMPARE(projectJson(read), projectJson(written));
    }

    void absentFieldsKeepTheirDefaults()
    {
        const Project read = parseProject(projectWith(QString()).toStdString(), "p.colorized");
        QCOMPARE(read.photos.size(), size_t(1));
        QCOMPARE(read.photos[0].candidate, 0);
        QVERIFY(!read.photos[0].render);
        QVERIFY(read.photos[0].sha256.empty());
    }

    void aFileWithoutBranchesReadsAsOneBranchFromNoise()
    {
        const Project read = parseProject(
            projectWith(QStringLiteral("\"candidate\": 1, \"render\": {\"settings\": {\"seed\": 9, \"candidates\": 2}, "
                            "\"hints\": [{\"x\": 0.5, \"y\": 0.5, \"color\": \"#dc281e\"}]}"))
                .toStdString(),
            "p.colorized");
        const Photo& photo = read.photos.at(0);
        QCOMPARE(photo.branches.size(), size_t(1));
        QCOMPARE(photo.shownBranch, 0);
        QCOMPARE(photo.branches[0].parent, -1);
        QCOMPARE(photo.branches[0].candidate, 1);
        QCOMPARE(photo.branches[0].render.settings.seed, uint64_t(9));
        QCOMPARE(photo.branches[0].render.settings.guidance, 1.0);   // made before guidance: it ran at 1
        QCOMPARE(photo.branches[0].render.settings.damping, 0.0);    // ...and its consensus was the plain mean
        QCOMPARE(photo.branches[0].render.settings.guidanceCutoff, 0.0);   // guidance, had it any, at every step
        QCOMPARE(photo.branches[0].render.settings.noisePerPhoto, false);  // the seed's noise, as every photo then
        QCOMPARE(photo.branches[0].render.hints.size(), size_t(1));
        QCOMPARE(photo.branches[0].render.hints[0].color, std::string("#dc281e"));
        // And a photo without a result has no branch.
        QVERIFY(parseProject(projectWith(QString()).toStdString(), "p.colorized").photos.at(0).branches.empty());
    }

    void refusesHostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << "{\"format\": " << "not JSON";
        QTest::newRow("a list") << "[]" << "not a COLORIZED project";
        QTest::newRow("another format") << R"({"format": "gimp", "version": 1})" << "not a COLORIZED project";
        QTest::newRow("newer version") << R"({"format": "colorized-project", "version": 2})"
                                       << "written by a newer COLORIZED (project format 2; this version reads up to 1)";
        QTest::newRow("version 0") << R"({"format": "colorized-project", "version": 0})" << "version is 0, outside 1 to";
        QTest::newRow("version as text") << R"({"format": "colorized-project", "version": "1"})"
                                         << "version is \"1\", not a whole number";
        QTest::newRow("no version") << R"({"format": "colorized-project"})" << "version is missing";
        QTest::newRow("photos an object") << R"({"format": "colorized-project", "version": 1, "photos": {}})"
                                          << "photos is an object, not a list";
        QTest::newRow("path a number") << R"({"format": "colorized-project", "version": 1, "photos": [{"path": 5}]})"
                                       << "photos[0].path is 5, not text";
        // Found by fuzz_project (tests/data/fuzz/project/crafted-photo-without-path.colorized):
        // a photo whose "path" key was misspelled read as a photo with an empty path.
        QTest::newRow("photo without path")
            << R"({"format": "colorized-project", "version": 1, "photos": [{"rath": "/a.png"}]})"
            << "photos[0].path is missing";
        QTest::newRow("export without path")
            << projectWith(R"("export": {"time": "2026-11-30T14:05:09Z"})") << "photos[0].export.path is missing";
        QTest::newRow("empty path") << R"({"format": "colorized-project", "version": 1, "photos": [{"path": ""}]})"
                                    << "photos[0].path \"\" is empty";
        QTest::newRow("NUL in path") << R"({"format": "colorized-project", "version": 1, "photos": [{"path": "/a\u0000b"}]})"
                                     << "holds a NUL character";
        QTest::newRow("steps 0") << projectWith(R"("render": {"settings": {"steps": 0}})")
                                 << "photos[0].render.settings.steps is 0, outside 1 to 100000";
        QTest::newRow("steps 2.5") << projectWith(R"("render": {"settings": {"steps": 2.5}})")
                                   << "photos[0].render.settings.steps is 2.5, not a whole number";
        QTest::newRow("steps 2^64") << projectWith(R"("render": {"settings": {"steps": 18446744073709551615}})")
                                    << "steps is 18446744073709551615, outside 1 to 100000";
        QTest::newRow("seed negative") << projectWith(R"("render": {"settings": {"seed": -1}})")
                                       << "seed is -1, not a whole number from 0 to 18446744073709551615";
        QTest::newRow("seed 1e39") << projectWith(R"("render": {"settings": {"seed": 1e39}})")
                                   << "seed is 1e+39, not a whole number";
        QTest::newRow("candidates 65") << projectWith(R"("render": {"settings": {"candidates": 65}})")
                                       << "candidates is 65, outside 1 to 64";
        QTest::newRow("eta 2") << projectWith(R"("render": {"settings": {"eta": 2}})") << "eta is 2, outside 0 to 1";
        QTest::newRow("guidance 9") << projectWith(R"("render": {"settings": {"guidance": 9}})")
                                    << "guidance is 9, outside 0 to 8";
        QTest::newRow("damping 17") << projectWith(R"("render": {"settings": {"damping": 17}})")
                                    << "damping is 17, outside 0 to 16";
        QTest::newRow("noisePerPhoto a string") << projectWith(R"("render": {"settings": {"noisePerPhoto": "yes"}})")
                                                << "noisePerPhoto is \"yes\", not true or false";
        QTest::newRow("guidance cutoff 1.5") << projectWith(R"("render": {"settings": {"guidanceCutoff": 1.5}})")
                                             << "guidanceCutoff is 1.5, outside 0 to 1";
        QTest::newRow("bf16 as 1") << projectWith(R"("render": {"settings": {"bf16": 1}})")
                                   << "bf16 is 1, not true or false";
        QTest::newRow("unknown sampler") << projectWith(R"("render": {"settings": {"sampler": "euler"}})")
                                         << "sampler \"euler\" names no sampler (ddim or ddpm)";
        QTest::newRow("unknown review") << projectWith(R"("review": "maybe")")
                                        << "review \"maybe\" is not a review state (to review, accepted, redo or rejected)";
        QTest::newRow("note with a bell") << projectWith("\"hints\": [{\"x\": 0, \"y\": 0, \"color\": \"#000000\", \"note\": \"a\\u0007\"}]")
                                          << "photos[0].hints[0].note";
        QTest::newRow("sha short") << projectWith(R"("sha256": "abc")") << "is not a SHA-256 in hexadecimal";
        QTest::newRow("hint x 1.5") << projectWith(R"("hints": [{"x": 1.5, "y": 0, "color": "#000000"}])")
                                    << "photos[0].hints[0].x is 1.5, outside 0 to 1";
        QTest::newRow("hint color name") << projectWith(R"("hints": [{"x": 0, "y": 0, "color": "red"}])")
                                         << "\"red\" is not a color written #rrggbb";
        QTest::newRow("hint not object") << projectWith(R"("hints": [3])") << "photos[0].hints[0] is 3, not an object";
        QTest::newRow("export time") << projectWith(R"("export": {"path": "/e.png", "time": "yesterday"})")
                                     << "export.time \"yesterday\" is not a UTC time";
        QTest::newRow("current beyond") << projectWith(QString(), QStringLiteral(R"("current": 3)"))
                                        << "current is 3, but the project has 1 photo(s)";
        QTest::newRow("current -2") << projectWith(QString(), QStringLiteral(R"("current": -2)")) << "current is -2, outside -1 to";
        QTest::newRow("candidate not made") << projectWith(R"("candidate": 3, "render": {"settings": {"candidates": 2}})")
                                            << "candidate is 3, but its render made 2 candidates and their consensus (results 0 to 2)";
        QTest::newRow("candidate of a single draw") << projectWith(R"("candidate": 1, "render": {"settings": {"candidates": 1}})")
                                                    << "candidate is 1, but its render made 1 candidate (result 0)";
        QTest::newRow("photo twice")
            << R"({"format": "colorized-project", "version": 1, "photos": [{"path": "/a.png"}, {"path": "/a.png"}]})"
            << "photos[1].path lists /a.png a second time";
        QTest::newRow("long path") << projectWith(QString(), QStringLiteral(R"("software": ")") + QString(5000, QLatin1Char('x')) + QStringLiteral("\""))
                                   << "software is longer than 4096 bytes";
        // Branches: each refers to an earlier one, within its steps and candidates, and the
        // photo's render is the shown one's.
        const QString root = QStringLiteral(R"({"parent": -1, "render": {"settings": {"steps": 10, "candidates": 3}}})");
        const QString rootRender = QStringLiteral(R"("render": {"settings": {"steps": 10, "candidates": 3}})");
        const auto branches = [&](const QString& second, const QString& shown = QStringLiteral("0")) {
            return projectWith(rootRender + QStringLiteral(", \"shownBranch\": ") + shown + QStringLiteral(", \"branches\": [")
                               + root + QStringLiteral(", ") + second + QStringLiteral("]"));
        };
        const auto continuation = [](const QString& fields) {
            return QStringLiteral("{\"render\": {\"settings\": {\"steps\": 10, \"candidates\": 2}}, ") + fields + QStringLiteral("}");
        };
        QTest::newRow("parent itself") << branches(continuation(QStringLiteral(R"("parent": 1)")))
                                       << "photos[0].branches[1].parent is 1, not an earlier branch (0 to 0, or -1 for a run from noise)";
        QTest::newRow("parent -2") << branches(continuation(QStringLiteral(R"("parent": -2)")))
                                   << "photos[0].branches[1].parent is -2, outside -1 to 98";
        QTest::newRow("step beyond the parent's") << branches(continuation(QStringLiteral(R"("parent": 0, "fromStep": 10)")))
                                                  << "photos[0].branches[1].fromStep is 10, outside 0 to 9, the steps of the branch it continues";
        QTest::newRow("step negative") << branches(continuation(QStringLiteral(R"("parent": 0, "fromStep": -1)")))
                                       << "photos[0].branches[1].fromStep is -1, outside 0 to 99999";
        QTest::newRow("candidate the parent did not make")
            << branches(continuation(QStringLiteral(R"("parent": 0, "fromCandidate": 4)")))
            << "photos[0].branches[1].fromCandidate is 4, but the branch it continues made 3 candidates and their consensus (results 0 to 3)";
        QTest::newRow("chosen candidate not made") << branches(continuation(QStringLiteral(R"("parent": 0, "candidate": 3)")))
                                                   << "photos[0].branches[1].candidate is 3, but the branch made 2 candidates and their consensus (results 0 to 2)";
        QTest::newRow("other steps than the parent")
            << branches(QStringLiteral(R"({"parent": 0, "render": {"settings": {"steps": 12}}})"))
            << "photos[0].branches[1].render.settings.steps is 12, but the branch it continues ran 10 steps";
        QTest::newRow("root with a step") << branches(QStringLiteral(R"({"parent": -1, "fromStep": 4})"))
                                          << "photos[0].branches[1].fromStep is not 0, but the branch is a run from noise";
        QTest::newRow("shown beyond") << branches(continuation(QStringLiteral(R"("parent": 0)")), QStringLiteral("2"))
                                      << "photos[0].shownBranch is 2, but the photo has 2 branch(es)";
        QTest::newRow("shown without branches") << projectWith(R"("shownBranch": 1)")
                                                << "photos[0].shownBranch is 1, but the photo lists no branches";
        QTest::newRow("branches without render")
            << projectWith(QStringLiteral(R"("branches": [)") + root + QStringLiteral("]"))
            << "photos[0].render is missing, but the photo lists branches";
        QTest::newRow("render not the shown branch's") << branches(continuation(QStringLiteral(R"("parent": 0)")), QStringLiteral("1"))
                                                       << "photos[0].render or candidate differs from branches[1]'s, the branch shown";
        QString manyBranches = rootRender + QStringLiteral(", \"branches\": [");
        for (int i = 0; i <= ProjectLimits::kMaxBranches; ++i)
            manyBranches += root + QLatin1Char(',');
        manyBranches.chop(1);
        QTest::newRow("101 branches") << projectWith(manyBranches + QLatin1Char(']'))
                                      << "photos[0].branches has 101 entries, more than 100";
        QString manyHints = QStringLiteral(R"("hints": [)");
        for (int i = 0; i <= ProjectLimits::kMaxHints; ++i)
            manyHints += QStringLiteral("{\"x\": 0, \"y\": 0, \"color\": \"#000000\"},");   // moc misreads ",)" in a raw string
        manyHints.chop(1);
        QTest::newRow("1001 hints") << projectWith(manyHints + QLatin1Char(']')) << "hints has 1001 entries, more than 1000";
    }

    void refusesHostileText()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        try {
            parseProject(text.toStdString(), "/work/box.colorized");
            QFAIL("accepted");
        } catch (const ProjectFileError& error) {
            verifyOneSentenceNaming(error.what(), "/work/box.colorized", problem.toStdString());
        }
    }

    void refusesAHugeFileUnread()
    {
        // Sparse: the size is checked before a byte is read.
        const QString path = dir_.filePath(QStringLiteral("huge.colorized"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(ProjectLimits::kMaxBytes) + 1));
        file.close();
        try {
            readProjectFile(path.toStdString());
            QFAIL("accepted");
        } catch (const ProjectFileError& error) {
            verifyOneSentenceNaming(error.what(), path.toStdString(), "larger than 64 MB");
        }
        try {
            parseProject(std::string(ProjectLimits::kMaxBytes + 1, ' '), "text.colorized");
            QFAIL("accepted");
        } catch (const ProjectFileError& error) {
            verifyOneSentenceNaming(error.what(), "text.colorized", "larger than 64 MB");
        }
    }

    void refusesAFifoWithoutBlocking()
    {
        const std::string path = dir_.filePath(QStringLiteral("pipe.colorized")).toStdString();
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        try {
            readProjectFile(path);
            QFAIL("accepted");
        } catch (const ProjectFileError& error) {
            verifyOneSentenceNaming(error.what(), path, "not a regular file");
        }
    }

    void readsAFileWritten()
    {
        const QString path = dir_.filePath(QStringLiteral("full.colorized"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const std::string text = projectJson(fullProject());
        file.write(text.data(), qint64(text.size()));
        file.close();
        QCOMPARE(projectJson(readProjectFile(path.toStdString())), text);
    }

    // Every committed fuzz input, findings included, as a regression test.
    void everyFuzzInputIsUsableOrRefused()
    {
        const QDir corpus(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/fuzz/project"));
        const QStringList names = corpus.entryList(QDir::Files);
        QVERIFY(names.size() >= 5);
        for (const QString& name : names) {
            const std::string path = corpus.filePath(name).toStdString();
            try {
                const Project project = readProjectFile(path);
                QVERIFY2(!name.startsWith(QStringLiteral("crafted")), qPrintable(name));
                QVERIFY(project.current < int(project.photos.size()));
            } catch (const ProjectFileError& error) {
                QVERIFY2(!name.startsWith(QStringLiteral("valid")), error.what());
                verifyOneSentenceNaming(error.what(), path, "");
            }
        }
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
