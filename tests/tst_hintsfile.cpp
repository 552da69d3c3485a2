// The hints file `colorize --hints` reads (colorized/imaging/hintsfile.h): every hostile file of
// issue 13 refused with one sentence naming it, before anything is parsed or allocated for it.
#include "colorized/imaging/hintsfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cmath>
#include <future>
#include <string>

#include <sys/stat.h>

using namespace colorized::imaging;

namespace {

// What every refusal must be: one sentence, naming the file and the problem.
void verifyOneSentenceNaming(const std::string& message, const std::string& file, const std::string& problem)
{
    QVERIFY2(message.find(file) != std::string::npos, message.c_str());
    QVERIFY2(message.find(problem) != std::string::npos, message.c_str());
    QVERIFY2(message.find('\n') == std::string::npos && message.back() == '.', message.c_str());
}

}  // namespace

class TestHintsFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void readsValidHints()
    {
        const auto hints = parseHints(R"([{"x": 0.5, "y": 0.25, "a": 20, "b": -30}, {"x": 0, "y": 1, "a": -110, "b": 110}])",
                                      "hints.json");
        QCOMPARE(hints.size(), size_t(2));
        QCOMPARE(hints[0].x, 0.5);
        QCOMPARE(hints[0].y, 0.25);
        QCOMPARE(hints[0].a, 20.0);
        QCOMPARE(hints[0].b, -30.0);
        QCOMPARE(hints[1].a, -kHintAbLimit);
        QVERIFY(hints[0].note.empty());
        QVERIFY(parseHints("[]", "hints.json").empty());
    }

    void readsEvidenceNotes()
    {
        const std::string longest(kHintNoteMaxBytes, 'x');
        // Plain literals: moc does not follow raw strings that hold a quote before a parenthesis.
        const std::string first =
            "{\"x\": 0.5, \"y\": 0.25, \"a\": 20, \"b\": -30, \"note\": \"Catalogue 1912/44, p. 3:\\n\\tcolour écrite\"}";
        const std::string second = "{\"x\": 0, \"y\": 1, \"a\": 0, \"b\": 0, \"note\": \"" + longest + "\"}";
        const auto hints = parseHints("[" + first + ", " + second + "]", "hints.json");
        QCOMPARE(hints.size(), size_t(2));
        QCOMPARE(QString::fromStdString(hints[0].note), QStringLiteral("Catalogue 1912/44, p. 3:\n\tcolour écrite"));
        QCOMPARE(hints[1].note, longest);
    }

    void refusesHostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        // The segfault of issue 13: a* far beyond any color.
        QTest::newRow("a* = 1e39") << R"([{"x": 0.5, "y": 0.5, "a": 1e39, "b": 0}])" << "a = 1e+39, outside -110 to 110";
        QTest::newRow("b* = -500") << R"([{"x": 0.5, "y": 0.5, "a": 0, "b": -500}])" << "b = -500, outside -110 to 110";
        // nlohmann refuses a number beyond the range of double ("number overflow").
        QTest::newRow("beyond double") << R"([{"x": 0.5, "y": 0.5, "a": 1e999, "b": 0}])" << "it is not JSON";
        QTest::newRow("x beyond 1") << R"([{"x": 1.5, "y": 0.5, "a": 0, "b": 0}])" << "x = 1.5, outside 0 to 1";
        QTest::newRow("y negative") << R"([{"x": 0.5, "y": -0.1, "a": 0, "b": 0}])" << "y = -0.1, outside 0 to 1";
        QTest::newRow("text for a number") << R"([{"x": 0.5, "y": 0.5, "a": "red", "b": 0}])" << "not a number";
        QTest::newRow("missing b") << R"([{"x": 0.5, "y": 0.5, "a": 0}])" << "hint 1 has no b";
        QTest::newRow("second hint") << R"([{"x": 0, "y": 0, "a": 0, "b": 0}, 7])" << "hint 2 is not an object";
        QTest::newRow("an object, not a list") << R"({"x": 0.5})" << "it is not a list";
        QTest::newRow("not JSON") << "[{" << "it is not JSON";
        QTest::newRow("note not a string") << R"([{"x": 0, "y": 0, "a": 0, "b": 0, "note": 12}])"
                                           << "hint 1 has a note that is not a string";
        QTest::newRow("note too long") << "[{\"x\": 0, \"y\": 0, \"a\": 0, \"b\": 0, \"note\": \"" + QString(501, 'x') + "\"}]"
                                       << "hint 1 has a note of 501 bytes, more than 500";
        QTest::newRow("note with a NUL") << R"([{"x": 0, "y": 0, "a": 0, "b": 0, "note": "a\u0000b"}])"
                                         << "hint 1 has a control character in its note";
        QTest::newRow("note with an escape") << R"([{"x": 0, "y": 0, "a": 0, "b": 0, "note": "a\u001bb"}])"
                                             << "hint 1 has a control character in its note";
        QTest::newRow("too many hints")
            << "[" + QString(R"({"x": 0, "y": 0, "a": 0, "b": 0},)").repeated(1000) + R"({"x": 0, "y": 0, "a": 0, "b": 0}])"
            << "1001 hints, more than 1000";
    }

    void refusesHostileText()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        try {
            parseHints(text.toStdString(), "hostile.json");
            QFAIL("a hostile hints file was accepted");
        } catch (const HintsFileError& error) {
            verifyOneSentenceNaming(error.what(), "hostile.json", problem.toStdString());
        }
    }

    void readsARegularFile()
    {
        const QString file = dir_.filePath("hints.json");
        write(file, R"([{"x": 0.1, "y": 0.9, "a": 5, "b": 6}])");
        const auto hints = readHintsFile(file.toStdString());
        QCOMPARE(hints.size(), size_t(1));
        QCOMPARE(hints[0].b, 6.0);
    }

    // Refused from its size alone (stat), before a byte of it is read.
    void refusesALargeFile()
    {
        const QString file = dir_.filePath("large.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(qint64(HintsFileLimits::kMaxBytes) + 1));
        out.close();
        try {
            readHintsFile(file.toStdString());
            QFAIL("a hints file over the size limit was accepted");
        } catch (const HintsFileError& error) {
            verifyOneSentenceNaming(error.what(), "large.json", "larger than 1024 kB");
        }
    }

    // The hang of issue 13: opening a FIFO for reading waits for a writer. Run on another thread
    // so that a regression fails this test instead of hanging it.
    void refusesAFifoWithoutBlocking()
    {
        const QString fifo = dir_.filePath("hints.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto reading = std::async(std::launch::async, [path = fifo.toStdString()] {
            try {
                readHintsFile(path);
                return std::string("accepted");
            } catch (const HintsFileError& error) {
                return std::string(error.what());
            }
        });
        if (reading.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
            // Unblock the reader so the test can end, then fail.
            QFile writer(fifo);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            writer.close();
            reading.wait();
            QFAIL("reading a FIFO as a hints file blocked");
        }
        verifyOneSentenceNaming(reading.get(), "hints.fifo", "not a regular file");
    }

    void refusesAFolderAndAMissingFile()
    {
        try {
            readHintsFile(dir_.path().toStdString());
            QFAIL("a folder was accepted as a hints file");
        } catch (const HintsFileError& error) {
            verifyOneSentenceNaming(error.what(), dir_.path().toStdString(), "not a regular file");
        }
        QVERIFY_THROWS_EXCEPTION(HintsFileError, readHintsFile(dir_.filePath("missing.json").toStdString()));
    }

    // The fuzzer's seeds and every input it ever found (tests/data/fuzz/hints/): each is read
    // or refused with a sentence, never anything else.
    void fuzzCorpusIsReadOrRefused()
    {
        const QDir corpus(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/fuzz/hints"));
        const auto files = corpus.entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo& file : files) {
            try {
                for (const ColorHint& hint : readHintsFile(file.filePath().toStdString()))
                    QVERIFY(hint.x >= 0 && hint.x <= 1 && std::abs(hint.a) <= kHintAbLimit);
            } catch (const HintsFileError& error) {
                verifyOneSentenceNaming(error.what(), file.fileName().toStdString(), "");
            }
        }
    }

private:
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    QTemporaryDir dir_;
};

QTEST_APPLESS_MAIN(TestHintsFile)
#include "tst_hintsfile.moc"
