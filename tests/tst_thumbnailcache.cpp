// Thumbnails cached on disk: a second loader (the next start) reads the cached file instead of
// the scan, with the facts the list needs; a scan that changed is read again; failures are
// never cached; and the loader reads the photos a view asks for first.
#include "guitestdata.h"

#include "previewloader.h"
#include "thumbnailcache.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using colorized::jobs::PhotoPreview;

namespace {

// Loads the thumbnail of `path` with a fresh loader over `cache`, as a new start would.
PhotoPreview loadOnce(const ThumbnailCache& cache, const QString& path)
{
    PreviewLoader loader(cache, nullptr);
    QSignalSpy loaded(&loader, &PreviewLoader::thumbnailLoaded);
    loader.loadThumbnail(path);
    if (!loaded.wait(10000))
        return {};
    return loaded.first().first().value<PhotoPreview>();
}

int filesIn(const QString& folder)
{
    int count = 0;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++count;
    return count;
}

// Replaces the bytes of `path` with garbage of the same length, keeping or not its time.
void spoil(const QString& path, bool keepTime)
{
    QFile file(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const qint64 size = file.size();
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(int(size), 'x'));
    if (keepTime)
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
}

}  // namespace

class TestThumbnailCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nextStartReadsTheCache();
    void aChangedScanIsReadAgain();
    void failuresAreNotCached();
    void prioritizedPhotosAreReadFirst();

private:
    QTemporaryDir dir_;
};

void TestThumbnailCache::initTestCase()
{
    qRegisterMetaType<PhotoPreview>();
    QVERIFY(dir_.isValid());
}

void TestThumbnailCache::nextStartReadsTheCache()
{
    const ThumbnailCache cache(dir_.filePath(QStringLiteral("cache-a")));
    const QString scan = guitest::makePhoto(dir_.filePath(QStringLiteral("street.png")), 300, 200, CV_16UC1);
    const PhotoPreview first = loadOnce(cache, scan);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.thumbnail.size(), QSize(128, 85));   // 300x200 to a long side of 128
    QCOMPARE(filesIn(cache.folder()), 1);
    QVERIFY(QFileInfo::exists(cache.fileFor(scan, PreviewLoader::kThumbnailSize)));

    // The scan can no longer be decoded, but it has the same size and time: the next start
    // gets everything from the cache.
    spoil(scan, true);
    const PhotoPreview second = loadOnce(cache, scan);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.thumbnail, first.thumbnail);
    QCOMPARE(second.size, QSize(300, 200));
    QCOMPARE(second.bitDepth, 16);
    QCOMPARE(second.color, colorized::jobs::ScanColor::Gray);
}

void TestThumbnailCache::aChangedScanIsReadAgain()
{
    const ThumbnailCache cache(dir_.filePath(QStringLiteral("cache-b")));
    const QString scan = guitest::makePhoto(dir_.filePath(QStringLiteral("harbour.png")), 64, 48);
    QVERIFY(loadOnce(cache, scan).ok());
    const QString before = cache.fileFor(scan, PreviewLoader::kThumbnailSize);
    spoil(scan, false);
    QFile file(scan);   // a time surely unlike the first one's
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(cache.fileFor(scan, PreviewLoader::kThumbnailSize) != before);
    QVERIFY(!loadOnce(cache, scan).ok());   // read again, and now it is not a photograph
}

void TestThumbnailCache::failuresAreNotCached()
{
    const ThumbnailCache cache(dir_.filePath(QStringLiteral("cache-c")));
    const QString torn = guitest::makeCorruptFile(dir_.filePath(QStringLiteral("torn.jpg")));
    QVERIFY(!loadOnce(cache, torn).ok());
    QCOMPARE(filesIn(cache.folder()), 0);
    QVERIFY(cache.fileFor(dir_.filePath(QStringLiteral("missing.png")), 128).isEmpty());
}

void TestThumbnailCache::prioritizedPhotosAreReadFirst()
{
    QStringList scans;
    for (int i = 0; i < 8; ++i)
        scans << guitest::makePhoto(dir_.filePath(QStringLiteral("order-%1.png").arg(i)), 50, 40);
    PreviewLoader loader(ThumbnailCache(dir_.filePath(QStringLiteral("cache-d"))), nullptr);
    QSignalSpy loaded(&loader, &PreviewLoader::thumbnailLoaded);
    for (const QString& scan : scans)
        loader.loadThumbnail(scan);
    // The first one has started; 6 and 7 go next (in the order asked), then the rest.
    loader.prioritize({scans.at(7), scans.at(6)});
    while (loaded.size() < scans.size())
        QVERIFY(loaded.wait(10000));
    QStringList order;
    for (const QList<QVariant>& arguments : loaded)
        order << arguments.first().value<PhotoPreview>().path;
    QCOMPARE(order, QStringList({scans[0], scans[6], scans[7], scans[1], scans[2], scans[3], scans[4], scans[5]}));
}

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
