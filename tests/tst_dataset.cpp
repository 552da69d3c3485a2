// Pairing report on folders the test builds file by file: every layout, every problem kind,
// the held-out split, progress and cancel.
#include "colorized/imaging/dataset.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <set>
#include <stdexcept>

using namespace colorized::imaging;

namespace {

// A color photograph stand-in: hues all around the circle at every lightness.
cv::Mat colorPhoto(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(static_cast<uchar>(255 * x / width),
                                                  static_cast<uchar>(255 * y / height),
                                                  static_cast<uchar>(255 - 255 * x / width));
    cv::circle(image, {width / 3, height / 2}, height / 4, cv::Scalar(30, 200, 40), cv::FILLED);
    cv::rectangle(image, cv::Rect(width / 2, height / 4, width / 4, height / 3),
                  cv::Scalar(200, 40, 180), cv::FILLED);
    return image;
}

// A scan: one channel, a diagonal gradient.
cv::Mat grayScan(int width, int height)
{
    cv::Mat image(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.at<uchar>(y, x) = static_cast<uchar>(20 + 200 * (x + y) / (width + height));
    return image;
}

// Gray saved as RGB with a little channel noise, as a gray JPEG decodes.
cv::Mat grayAsColor(int width, int height)
{
    cv::Mat bgr;
    cv::cvtColor(grayScan(width, height), bgr, cv::COLOR_GRAY2BGR);
    cv::Mat noise(bgr.size(), CV_8UC3);
    cv::RNG(3).fill(noise, cv::RNG::UNIFORM, 0, 2);
    return bgr + noise;
}

// A sepia-toned print: one warm hue whose strength follows the density.
cv::Mat sepiaPrint(int width, int height)
{
    const cv::Mat gray = grayScan(width, height);
    cv::Mat image(gray.size(), CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double g = gray.at<uchar>(y, x);
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(g * 0.70),
                                                  cv::saturate_cast<uchar>(g * 0.88),
                                                  cv::saturate_cast<uchar>(g * 1.05));
        }
    return image;
}

void write(const QString& path, const cv::Mat& image)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY2(cv::imwrite(path.toStdString(), image), qPrintable(path));
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// file name (relative to the folder) -> problem kinds reported for it
std::map<std::string, std::multiset<ProblemKind>> problemsByFile(const PairingReport& report)
{
    std::map<std::string, std::multiset<ProblemKind>> result;
    for (const PairingProblem& problem : report.problems) {
        const QDir folder(QString::fromStdString(report.folder));
        const std::string relative =
            folder.relativeFilePath(QString::fromStdString(problem.path)).toStdString();
        result[relative].insert(problem.kind);
    }
    return result;
}

// "file: kind" lines, for a failure message.
std::string describe(const PairingReport& report)
{
    std::string text = "problems reported:";
    for (const auto& [file, kinds] : problemsByFile(report))
        for (ProblemKind kind : kinds)
            text += "\n  " + file + ": " + problemKindId(kind);
    return text;
}

const TrainingItem* findItem(const PairingReport& report, const std::string& name)
{
    for (const TrainingItem& item : report.items)
        if (item.name == name)
            return &item;
    return nullptr;
}

std::vector<TrainingItem> namedItems(int count)
{
    std::vector<TrainingItem> items;
    for (int i = 0; i < count; ++i) {
        TrainingItem item;
        item.name = "photo_" + std::to_string(i) + ".jpg";
        item.colorPath = "/data/" + item.name;
        items.push_back(item);
    }
    return items;
}

std::set<std::string> names(const std::vector<TrainingItem>& items)
{
    std::set<std::string> result;
    for (const TrainingItem& item : items)
        result.insert(item.name);
    return result;
}

}  // namespace

class TestDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void grayColorFolders();
    void sideBySide();
    void colorOnlyFolder();
    void chromaStatistics();
    void heldOutCounts_data();
    void heldOutCounts();
    void splitIsDeterministicAndStable();
    void progressAndCancel();
    void listImagesForEvaluation();
    void missingFolderThrows();
};

void TestDataset::grayColorFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    write(root + "/gray/p1.png", grayScan(96, 64));       // a good pair
    write(root + "/color/p1.png", colorPhoto(96, 64));
    write(root + "/gray/p2.png", grayScan(64, 64));       // no partner
    write(root + "/color/p3.png", colorPhoto(64, 80));    // color alone: color-only
    write(root + "/gray/p4.png", grayScan(64, 64));       // sepia "color"
    write(root + "/color/p4.png", sepiaPrint(64, 64));
    write(root + "/gray/p5.png", grayScan(64, 64));       // gray "color"
    write(root + "/color/p5.png", grayAsColor(64, 64));
    write(root + "/gray/p6.png", grayScan(96, 64));       // portrait vs landscape
    write(root + "/color/p6.png", colorPhoto(64, 96));
    write(root + "/gray/p7.png", grayScan(80, 60));       // same shape, other size: fine
    write(root + "/color/p7.png", colorPhoto(160, 120));
    writeBytes(root + "/color/p8.jpg", "this is not a JPEG");  // unreadable
    write(root + "/gray/p9.png", grayScan(64, 64));       // two scans called p9
    write(root + "/gray/p9.tif", grayScan(64, 64));
    write(root + "/color/p9.png", colorPhoto(64, 64));
    write(root + "/color/tiny.png", colorPhoto(20, 20));  // too small
    writeBytes(root + "/notes.txt", "scanned 1998");       // not an image
    writeBytes(root + "/.hidden.png", "ignored");          // hidden: not even reported

    const auto report = buildPairingReport(root.toStdString());
    QVERIFY(report);
    QCOMPARE(report->layout, DatasetLayout::GrayColorFolders);
    QCOMPARE(report->pairs, std::size_t(2));
    QCOMPARE(report->colorOnly, std::size_t(1));
    QCOMPARE(report->items.size(), std::size_t(3));

    const TrainingItem* p1 = findItem(*report, "color/p1.png");
    QVERIFY(p1);
    QCOMPARE(QString::fromStdString(p1->grayPath), root + "/gray/p1.png");
    QCOMPARE(QString::fromStdString(p1->colorPath), root + "/color/p1.png");
    QCOMPARE(p1->width, 96);
    QCOMPARE(p1->height, 64);
    const TrainingItem* p7 = findItem(*report, "color/p7.png");
    QVERIFY(p7 && !p7->grayPath.empty());
    const TrainingItem* p3 = findItem(*report, "color/p3.png");
    QVERIFY(p3 && p3->grayPath.empty());

    using K = ProblemKind;
    const std::map<std::string, std::multiset<ProblemKind>> expected = {
        {"gray/p2.png", {K::NoPartner}},
        {"color/p4.png", {K::ColorIsMonochrome}},
        {"color/p5.png", {K::ColorIsGray}},
        {"color/p6.png", {K::SizeMismatch}},
        {"color/p8.jpg", {K::Unreadable}},
        {"gray/p9.png", {K::DuplicateName}},
        {"gray/p9.tif", {K::DuplicateName}},
        {"color/p9.png", {K::DuplicateName}},
        {"color/tiny.png", {K::TooSmall}},
        {"notes.txt", {K::NotAnImage}},
    };
    QVERIFY2(problemsByFile(*report) == expected, describe(*report).c_str());

    // Pair problems name the partner; every problem has a sentence.
    for (const PairingProblem& problem : report->problems) {
        QVERIFY(!problem.message.empty());
        if (problem.kind == K::SizeMismatch || problem.kind == K::ColorIsGray)
            QVERIFY(!problem.partnerPath.empty());
    }
    // Three usable items: two train, one held out (at least min(3, n - 1) = 2 are held out).
    QCOMPARE(report->split.heldOut.size(), std::size_t(2));
    QCOMPARE(report->split.training.size(), std::size_t(1));
}

void TestDataset::sideBySide()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    write(root + "/a.png", grayScan(64, 64));
    write(root + "/a_color.png", colorPhoto(64, 64));
    write(root + "/b.png", grayScan(64, 64));           // scan without partner
    write(root + "/c.png", colorPhoto(64, 64));         // color photo alone
    write(root + "/d_COLOR.png", colorPhoto(64, 48));   // suffix in any case, no scan
    write(root + "/e.png", sepiaPrint(64, 64));         // a sepia scan is still a scan...
    write(root + "/e_color.png", grayAsColor(64, 64));  // ...but its "color" is gray

    const auto report = buildPairingReport(root.toStdString());
    QVERIFY(report);
    QCOMPARE(report->layout, DatasetLayout::SideBySide);
    QCOMPARE(report->pairs, std::size_t(1));
    QCOMPARE(report->colorOnly, std::size_t(2));
    const TrainingItem* a = findItem(*report, "a_color.png");
    QVERIFY(a);
    QCOMPARE(QString::fromStdString(a->grayPath), root + "/a.png");
    QVERIFY(findItem(*report, "c.png") && findItem(*report, "c.png")->grayPath.empty());
    QVERIFY(findItem(*report, "d_COLOR.png"));

    using K = ProblemKind;
    const std::map<std::string, std::multiset<ProblemKind>> expected = {
        {"b.png", {K::NoPartner}},
        {"e_color.png", {K::ColorIsGray}},
    };
    QVERIFY2(problemsByFile(*report) == expected, describe(*report).c_str());
    for (const PairingProblem& problem : report->problems)
        if (problem.kind == K::ColorIsGray)
            QCOMPARE(QString::fromStdString(problem.partnerPath), root + "/e.png");
}

void TestDataset::colorOnlyFolder()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    for (int i = 0; i < 5; ++i)
        write(root + QString("/photo%1.png").arg(i), colorPhoto(64 + 8 * i, 64));
    write(root + "/scan.png", grayScan(64, 64));  // gray where only color photos are expected
    write(root + "/toned.png", sepiaPrint(64, 64));
    QDir().mkpath(root + "/subfolder");
    write(root + "/subfolder/deep.png", colorPhoto(64, 64));  // not read

    auto report = buildPairingReport(root.toStdString());
    QVERIFY(report);
    QCOMPARE(report->layout, DatasetLayout::ColorOnly);
    QCOMPARE(report->pairs, std::size_t(0));
    QCOMPARE(report->colorOnly, std::size_t(5));
    using K = ProblemKind;
    const std::map<std::string, std::multiset<ProblemKind>> expected = {
        {"scan.png", {K::ColorIsGray}},
        {"toned.png", {K::ColorIsMonochrome}},
    };
    QVERIFY2(problemsByFile(*report) == expected, describe(*report).c_str());

    // Items sorted by name; 5 items: max(round(0.5), min(3, 4)) = 3 held out.
    QVERIFY(std::is_sorted(report->items.begin(), report->items.end(),
                           [](const auto& x, const auto& y) { return x.name < y.name; }));
    QCOMPARE(report->split.heldOut.size(), std::size_t(3));

    // Monochrome files can be let through on purpose.
    PairingOptions keep;
    keep.excludeMonochrome = false;
    report = buildPairingReport(root.toStdString(), keep);
    QVERIFY(report);
    QCOMPARE(report->colorOnly, std::size_t(6));

    // An empty folder is an empty report, not an error.
    QTemporaryDir empty;
    report = buildPairingReport(empty.path().toStdString());
    QVERIFY(report);
    QCOMPARE(report->layout, DatasetLayout::Empty);
    QVERIFY(report->items.empty() && report->problems.empty());
}

void TestDataset::chromaStatistics()
{
    const ChromaStatistics gray = measureChroma(grayScan(300, 200));
    QCOMPARE(gray.chromaP99, 0.0);
    QCOMPARE(gray.hueConcentration, 0.0);

    const ChromaStatistics nearGray = measureChroma(grayAsColor(300, 200));
    QVERIFY(nearGray.chromaP99 < 5.0);

    const ChromaStatistics sepia = measureChroma(sepiaPrint(300, 200));
    QVERIFY(sepia.chromaP99 > 10.0);
    QVERIFY(sepia.hueConcentration > 0.99);
    QVERIFY(sepia.residualChroma < 1.5);

    const ChromaStatistics photo = measureChroma(colorPhoto(300, 200));
    QVERIFY(photo.chromaP99 > 30.0);
    QVERIFY(photo.hueConcentration < 0.6);
    QVERIFY(photo.residualChroma > 10.0);

    // 16-bit input measures like its 8-bit original.
    cv::Mat photo16;
    colorPhoto(300, 200).convertTo(photo16, CV_16U, 257.0);
    QVERIFY(std::abs(measureChroma(photo16).chromaP99 - photo.chromaP99) < 0.5);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureChroma(cv::Mat()));
}

void TestDataset::heldOutCounts_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << 0 << 0.1 << 0;
    QTest::newRow("one") << 1 << 0.1 << 0;
    QTest::newRow("two") << 2 << 0.1 << 1;
    QTest::newRow("three") << 3 << 0.1 << 2;
    QTest::newRow("four") << 4 << 0.1 << 3;
    QTest::newRow("ten") << 10 << 0.1 << 3;
    QTest::newRow("fifty") << 50 << 0.1 << 5;
    QTest::newRow("thousand") << 1000 << 0.1 << 100;
    QTest::newRow("zero fraction") << 100 << 0.0 << 3;
    QTest::newRow("all") << 20 << 1.0 << 19;
}

void TestDataset::heldOutCounts()
{
    QFETCH(int, items);
    QFETCH(double, fraction);
    QFETCH(int, expected);
    QCOMPARE(heldOutCount(std::size_t(items), fraction), std::size_t(expected));
}

void TestDataset::splitIsDeterministicAndStable()
{
    const std::vector<TrainingItem> items = namedItems(100);
    const DatasetSplit split = splitItems(items, 0.1, 0);
    QCOMPARE(split.heldOut.size(), std::size_t(10));
    QCOMPARE(split.training.size(), std::size_t(90));

    // A partition of the items.
    std::set<std::string> all = names(split.training);
    const std::set<std::string> heldOut = names(split.heldOut);
    all.insert(heldOut.begin(), heldOut.end());
    QCOMPARE(all, names(items));

    // Input order does not matter; the same call gives the same split.
    std::vector<TrainingItem> reversed(items.rbegin(), items.rend());
    QCOMPARE(names(splitItems(reversed, 0.1, 0).heldOut), heldOut);
    QCOMPARE(names(splitItems(items, 0.1, 0).heldOut), heldOut);

    // Another seed, another split.
    QVERIFY(names(splitItems(items, 0.1, 42).heldOut) != heldOut);

    // One more file moves at most one held-out item across.
    std::vector<TrainingItem> more = items;
    more.push_back(namedItems(101).back());
    const std::set<std::string> heldOutMore = names(splitItems(more, 0.1, 0).heldOut);
    std::vector<std::string> kept;
    std::set_intersection(heldOut.begin(), heldOut.end(), heldOutMore.begin(), heldOutMore.end(),
                          std::back_inserter(kept));
    QVERIFY(kept.size() >= 9);

    // Pinned: the hash is part of the format (a held-out set must not change between versions
    // or machines, or validation curves stop being comparable).
    const std::set<std::string> pinned = {"photo_13.jpg", "photo_5.jpg", "photo_6.jpg"};
    QCOMPARE(names(splitItems(namedItems(20), 0.1, 0).heldOut), pinned);

    // Not just the first names in order: the hash spreads the held-out set.
    QVERIFY(heldOut != names(std::vector<TrainingItem>(items.begin(), items.begin() + 10)));
}

void TestDataset::progressAndCancel()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    for (int i = 0; i < 12; ++i)
        write(root + QString("/photo%1.png").arg(i, 2, 10, QChar('0')), colorPhoto(48, 48));

    std::vector<std::pair<std::size_t, std::size_t>> calls;
    const auto record = [&](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
    };
    const auto report = buildPairingReport(root.toStdString(), {}, record);
    QVERIFY(report);
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.front(), std::make_pair(std::size_t(0), std::size_t(12)));
    QCOMPARE(calls.back(), std::make_pair(std::size_t(12), std::size_t(12)));
    for (std::size_t i = 1; i < calls.size(); ++i)
        QVERIFY(calls[i].first > calls[i - 1].first);

    // Cancelled from inside the first progress report: nothing comes back.
    std::atomic<bool> cancel{false};
    std::size_t reports = 0;
    const auto cancelAtOnce = [&](std::size_t, std::size_t) {
        ++reports;
        cancel = true;
    };
    const auto cancelled = buildPairingReport(root.toStdString(), {}, cancelAtOnce, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(reports, std::size_t(1));
}

void TestDataset::listImagesForEvaluation()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    write(root + "/b.png", colorPhoto(32, 32));
    write(root + "/a.JPG", colorPhoto(32, 32));
    write(root + "/c.tif", colorPhoto(32, 32));
    writeBytes(root + "/readme.txt", "x");
    writeBytes(root + "/.hidden.png", "x");
    write(root + "/sub/d.png", colorPhoto(32, 32));
    const std::vector<std::string> images = listImages(root.toStdString());
    QCOMPARE(images.size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(images[0]), root + "/a.JPG");
    QCOMPARE(QString::fromStdString(images[1]), root + "/b.png");
    QCOMPARE(QString::fromStdString(images[2]), root + "/c.tif");
    QVERIFY(hasImageExtension("scan.TIFF") && hasImageExtension("x.jpeg"));
    QVERIFY(!hasImageExtension("x.pdf"));
}

void TestDataset::missingFolderThrows()
{
    const std::string missing = "/nonexistent/colorized/folder";
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, buildPairingReport(missing));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, listImages(missing));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
