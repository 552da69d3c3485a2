// The one provenance record and the one file hash: known SHA-256 digests (FIPS 180-4), a file
// longer than the hash's read block, the record's schema, and the sidecar written atomically.

#include "colorized/jobs/filehash.h"
#include "colorized/jobs/provenance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;

class TestProvenance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sha256OfKnownFiles_data();
    void sha256OfKnownFiles();
    void sha256OfAFileLongerThanOneReadBlock();
    void sha256OfAMissingFileIsEmpty();
    void recordStatesEveryFact();
    void sidecarIsWrittenWholeBesideTheImage();
    void sidecarFailureIsASentence();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir dir_;
};

QString TestProvenance::write(const QString& name, const QByteArray& bytes)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestProvenance::initTestCase()
{
    QVERIFY(dir_.isValid());
}

void TestProvenance::sha256OfKnownFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                 << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestProvenance::sha256OfKnownFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, digest);
    const QString path = write(QStringLiteral("known-%1").arg(bytes.size()), bytes);
    QVERIFY(!path.isEmpty());
    QCOMPARE(fileSha256(path), digest);
}

void TestProvenance::sha256OfAFileLongerThanOneReadBlock()
{
    QByteArray bytes(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char((uint32_t(i) * 7919u) >> 3);   // unsigned: the product outgrows an int
    const QString path = write(QStringLiteral("long.bin"), bytes);
    QVERIFY(!path.isEmpty());
    QCOMPARE(fileSha256(path),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

void TestProvenance::sha256OfAMissingFileIsEmpty()
{
    QVERIFY(fileSha256(dir_.filePath(QStringLiteral("missing.png"))).isEmpty());
}

void TestProvenance::recordStatesEveryFact()
{
    Provenance p;
    p.file = QStringLiteral("scan_colorized.png");
    p.sourcePath = QStringLiteral("/archive/box 3/scan.tif");
    p.sourceSha256 = QStringLiteral("ab12");
    p.sourceSize = QSize(640, 480);
    p.sourceBitDepth = 16;
    p.modelName = QStringLiteral("colorized-default");
    p.modelPath = QStringLiteral("/usr/share/colorized/models/colorized-default.safetensors");
    p.modelSha256 = QStringLiteral("cd34");
    p.sampler = QStringLiteral("ddim");
    p.steps = 25;
    p.eta = 0.5;
    p.guidance = 1.5;
    p.guidanceCutoff = 0.25;
    p.damping = 2.5;
    p.seed = 18446744073709551615ULL;
    p.noisePerPhoto = false;   // not the default: a project's photo made before it, rendered again
    p.candidates = 4;
    p.candidate = 2;
    p.resolution = 128;
    p.bf16 = true;
    p.continuedFromStep = 7;
    p.continuedFromSeed = 9;
    p.continuedFromCandidate = 3;
    p.hintStrength = 0.75;
    p.hintRadius = 1.5;
    p.hints = {{0.25, 0.75, 20.5, -35.0, {}}, {0.5, 0.5, 40.0, 30.0, QStringLiteral("Register 1912, p. 4")}};
    p.date = QDateTime(QDate(2026, 11, 30), QTime(12, 0, 0), Qt::UTC);

    const QJsonObject record = provenanceRecord(p);
    QCOMPARE(record.value(QStringLiteral("provenanceVersion")).toInt(), kProvenanceVersion);
    QCOMPARE(record.value(QStringLiteral("digitalSourceType")).toString(), QString::fromLatin1(kDigitalSourceType));
    QVERIFY(record.value(QStringLiteral("note")).toString().contains(QStringLiteral("not a record of the original colors")));
    QCOMPARE(record.value(QStringLiteral("file")).toString(), QStringLiteral("scan_colorized.png"));
    QCOMPARE(record.value(QStringLiteral("sourceFile")).toString(), QStringLiteral("scan.tif"));  // no folders
    QCOMPARE(record.value(QStringLiteral("sourceSha256")).toString(), QStringLiteral("ab12"));
    QCOMPARE(record.value(QStringLiteral("sourceWidth")).toInt(), 640);
    QCOMPARE(record.value(QStringLiteral("sourceHeight")).toInt(), 480);
    QCOMPARE(record.value(QStringLiteral("sourceBitDepth")).toInt(), 16);
    QCOMPARE(record.value(QStringLiteral("model")).toString(), QStringLiteral("colorized-default"));
    QCOMPARE(record.value(QStringLiteral("modelFile")).toString(), QStringLiteral("colorized-default.safetensors"));
    QCOMPARE(record.value(QStringLiteral("modelSha256")).toString(), QStringLiteral("cd34"));
    QCOMPARE(record.value(QStringLiteral("sampler")).toString(), QStringLiteral("ddim"));
    QCOMPARE(record.value(QStringLiteral("steps")).toInt(), 25);
    QCOMPARE(record.value(QStringLiteral("eta")).toDouble(), 0.5);
    QCOMPARE(record.value(QStringLiteral("guidance")).toDouble(), 1.5);
    QCOMPARE(record.value(QStringLiteral("guidanceCutoff")).toDouble(), 0.25);
    QCOMPARE(record.value(QStringLiteral("damping")).toDouble(), 2.5);
    QCOMPARE(record.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551615"));
    QCOMPARE(record.value(QStringLiteral("noisePerPhoto")), QJsonValue(false));
    QCOMPARE(record.value(QStringLiteral("candidates")).toInt(), 4);
    QCOMPARE(record.value(QStringLiteral("candidate")).toInt(), 2);
    QCOMPARE(record.value(QStringLiteral("resolution")).toInt(), 128);
    QCOMPARE(record.value(QStringLiteral("bf16")).toBool(), true);
    QCOMPARE(record.value(QStringLiteral("continuedFromStep")).toInt(), 7);
    QCOMPARE(record.value(QStringLiteral("continuedFromSeed")).toString(), QStringLiteral("9"));
    QCOMPARE(record.value(QStringLiteral("continuedFromCandidate")).toInt(), 3);
    QCOMPARE(record.value(QStringLiteral("hintStrength")).toDouble(), 0.75);
    QCOMPARE(record.value(QStringLiteral("hintRadius")).toDouble(), 1.5);
    const QJsonArray hints = record.value(QStringLiteral("hints")).toArray();
    QCOMPARE(hints.size(), 2);
    // A hint without evidence is written as a hints file has it; with evidence, with its note.
    QCOMPARE(hints.first().toObject(), (QJsonObject{{QStringLiteral("x"), 0.25}, {QStringLiteral("y"), 0.75},
                                                     {QStringLiteral("a"), 20.5}, {QStringLiteral("b"), -35.0}}));
    QCOMPARE(hints.last().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("Register 1912, p. 4"));
    QCOMPARE(record.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-30T12:00:00Z"));
    QCOMPARE(record.value(QStringLiteral("software")).toString(), softwareVersion());
    QCOMPARE(record.size(), 32);   // a new field is documented in the README before it is counted here
}

void TestProvenance::sidecarIsWrittenWholeBesideTheImage()
{
    QDir(dir_.path()).mkdir(QStringLiteral("sidecar"));
    const QString image = dir_.filePath(QStringLiteral("sidecar/photo_colorized.png"));
    QCOMPARE(sidecarPath(image), image + QStringLiteral(".json"));
    Provenance p;
    p.file = QStringLiteral("photo_colorized.png");
    p.seed = 3;
    const QJsonObject record = provenanceRecord(p);
    QCOMPARE(writeSidecar(image, record), QString());
    QFile sidecar(sidecarPath(image));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(sidecar.readAll()).object(), record);
    // Only the sidecar: no temporary file is left behind.
    QCOMPARE(QDir(dir_.filePath(QStringLiteral("sidecar"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("photo_colorized.png.json")});
}

void TestProvenance::sidecarFailureIsASentence()
{
    const QString image = dir_.filePath(QStringLiteral("no such folder/photo.png"));
    const QString error = writeSidecar(image, provenanceRecord(Provenance{}));
    QVERIFY(error.contains(QStringLiteral("photo.png.json")));
    QVERIFY(!QFile::exists(sidecarPath(image)));
}

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
