// The viewer on its own, checked on the pixels it draws: each compare mode shows the original
// and the result where it should (the split line at the split position, the original on its
// left), the uncertainty overlay only when asked for and only over the result, a timeline frame
// in place of the result, hint markers at their place; the mouse moves the split, picks a
// candidate, places and drags hints. The compare modes' name table covers the enum.

#include "imageviewer.h"

#include <QApplication>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <set>

using colorized::jobs::HintSpec;
using Mode = ImageViewer::Mode;

namespace {

// The widget is 400 x 200 and the photo 200 x 100: fitted, the photo covers the widget exactly
// (scale 2) in every single-view mode.
constexpr int kWidth = 400;
constexpr int kHeight = 200;
constexpr int kRow = 150;   // below the captions, above the message banner, off the split handle
const QRgb kGray = qRgb(128, 128, 128);
const QRgb kRed = qRgb(200, 0, 0);
const QRgb kGreen = qRgb(0, 160, 0);
const QRgb kBlue = qRgb(0, 0, 255);
const QRgb kBackground = qRgb(42, 42, 42);

QImage solid(QRgb color, int width = 200, int height = 100)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

QString describe(QRgb color)
{
    return QStringLiteral("rgb(%1, %2, %3)").arg(qRed(color)).arg(qGreen(color)).arg(qBlue(color));
}

}  // namespace

class TestImageViewer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void modeTableCoversTheEnum();
    void resultAndOriginalModes();
    void splitShowsOriginalLeftAndResultRight_data();
    void splitShowsOriginalLeftAndResultRight();
    void sideBySideShowsBothViews();
    void candidatesGridShowsEachCandidate();
    void uncertaintyOverlayOnlyWhenAsked();
    void frameReplacesTheResult();
    void hintMarkerIsDrawnAtItsPlace();
    void dragMovesTheSplit();
    void clickPicksACandidate();
    void hintModeClickAndDrag();

private:
    QRgb pixel(int x, int y);
    void verifyRow(int from, int to, QRgb expected);

    ImageViewer* viewer_ = nullptr;
};

void TestImageViewer::init()
{
    viewer_ = new ImageViewer;
    viewer_->resize(kWidth, kHeight);
    viewer_->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer_));
    QCOMPARE(viewer_->size(), QSize(kWidth, kHeight));
    viewer_->setOriginal(solid(kGray));
    viewer_->setResult(solid(kRed));
}

void TestImageViewer::cleanup()
{
    delete viewer_;
    viewer_ = nullptr;
}

// A fresh grab for every call: the tests change the viewer between reads.
QRgb TestImageViewer::pixel(int x, int y)
{
    return viewer_->grab().toImage().pixel(x, y) | 0xff000000u;
}

// Every pixel of row kRow in [from, to) has `expected`.
void TestImageViewer::verifyRow(int from, int to, QRgb expected)
{
    const QImage shot = viewer_->grab().toImage();
    for (int x = from; x < to; ++x) {
        const QRgb seen = shot.pixel(x, kRow) | 0xff000000u;
        if (seen != expected)
            QFAIL(qPrintable(QStringLiteral("pixel (%1, %2) is %3, expected %4")
                                 .arg(x).arg(kRow).arg(describe(seen), describe(expected))));
    }
}

void TestImageViewer::modeTableCoversTheEnum()
{
    const QMetaEnum meta = QMetaEnum::fromType<Mode>();
    const QVector<ImageViewer::ModeInfo>& modes = ImageViewer::modes();
    QCOMPARE(modes.size(), meta.keyCount());
    std::set<QString> names, labels;
    for (int i = 0; i < modes.size(); ++i) {
        QCOMPARE(int(modes[i].mode), meta.value(i));   // enum order: key i+1 selects entry i
        const QString name = ImageViewer::modeName(modes[i].mode);
        QVERIFY2(!name.isEmpty() && name == name.toLower(), meta.key(i));
        QVERIFY2(names.insert(name).second, qPrintable(name));
        QVERIFY2(labels.insert(ImageViewer::modeLabel(modes[i].mode)).second, qPrintable(name));
        QCOMPARE(ImageViewer::modeFromName(name), std::optional<Mode>(modes[i].mode));
    }
    // The names the command line and the settings have always used.
    QCOMPARE(ImageViewer::modeFromName(QStringLiteral("side")), std::optional<Mode>(Mode::SideBySide));
    QCOMPARE(ImageViewer::modeFromName(QStringLiteral("result")), std::optional<Mode>(Mode::Result));
    // Unknown names give nothing, never some other mode.
    QVERIFY(!ImageViewer::modeFromName(QStringLiteral("sideways")));
    QVERIFY(!ImageViewer::modeFromName(QStringLiteral("Split")));
    QVERIFY(!ImageViewer::modeFromName(QString()));
}

void TestImageViewer::resultAndOriginalModes()
{
    QCOMPARE(viewer_->mode(), Mode::Result);
    verifyRow(0, kWidth, kRed);
    QSignalSpy changed(viewer_, &ImageViewer::modeChanged);
    viewer_->setMode(Mode::Original);
    QCOMPARE(changed.size(), 1);
    verifyRow(0, kWidth, kGray);
    // Before a result, the result view shows the original.
    viewer_->setResult(QImage());
    viewer_->setMode(Mode::Result);
    verifyRow(0, kWidth, kGray);
}

void TestImageViewer::splitShowsOriginalLeftAndResultRight_data()
{
    QTest::addColumn<double>("position");
    QTest::newRow("middle") << 0.5;
    QTest::newRow("quarter") << 0.25;
    QTest::newRow("far right") << 0.9;
}

void TestImageViewer::splitShowsOriginalLeftAndResultRight()
{
    QFETCH(double, position);
    viewer_->setMode(Mode::Split);
    viewer_->setSplitPosition(position);
    const int line = qRound(position * kWidth);
    verifyRow(0, line - 2, kGray);
    verifyRow(line + 2, kWidth, kRed);
    // The line itself is drawn white, where the two halves meet.
    QCOMPARE(describe(pixel(line, kRow)), describe(qRgb(255, 255, 255)));
}

void TestImageViewer::sideBySideShowsBothViews()
{
    viewer_->setMode(Mode::SideBySide);
    // Two views of 198 x 200 with a 4-pixel gap; the photo, fitted into each, is 198 x 99
    // and centred vertically: rows 51 to 148.
    const int y = 120;
    QCOMPARE(describe(pixel(99, y)), describe(kGray));
    QCOMPARE(describe(pixel(301, y)), describe(kRed));
    QCOMPARE(describe(pixel(200, y)), describe(kBackground));   // the gap
    QCOMPARE(describe(pixel(99, 180)), describe(kBackground));  // below the photo
    QCOMPARE(describe(pixel(301, 180)), describe(kBackground));
}

void TestImageViewer::candidatesGridShowsEachCandidate()
{
    const QVector<QRgb> colors = {kRed, kGreen, kBlue};
    QVector<QImage> candidates;
    for (QRgb color : colors)
        candidates << solid(color, 40, 20);
    viewer_->setCandidates(candidates, 1);
    viewer_->setMode(Mode::Candidates);
    for (int k = 0; k < colors.size(); ++k) {
        // The image sits centred in its cell above a 22-pixel caption.
        const QPoint centre = viewer_->candidateRect(k).adjusted(0, 0, 0, -22).center();
        QCOMPARE(describe(pixel(centre.x(), centre.y())), describe(colors[k]));
    }
    // The cells do not overlap and the fourth one of the 2 x 2 grid stays empty.
    QVERIFY(!viewer_->candidateRect(0).intersects(viewer_->candidateRect(1)));
    const QPoint empty = viewer_->candidateRect(3).center();
    QCOMPARE(describe(pixel(empty.x(), empty.y())), describe(kBackground));
}

void TestImageViewer::uncertaintyOverlayOnlyWhenAsked()
{
    // Opaque blue over the right half, transparent over the left.
    QImage overlay(200, 100, QImage::Format_ARGB32);
    overlay.fill(Qt::transparent);
    for (int y = 0; y < overlay.height(); ++y)
        for (int x = overlay.width() / 2; x < overlay.width(); ++x)
            overlay.setPixel(x, y, qRgba(0, 0, 255, 255));
    viewer_->setUncertainty(overlay);
    verifyRow(0, kWidth, kRed);   // off by default
    viewer_->setShowUncertainty(true);
    verifyRow(0, kWidth / 2 - 2, kRed);
    verifyRow(kWidth / 2 + 2, kWidth, kBlue);
    // It marks the colors of the result: the original is shown bare.
    viewer_->setMode(Mode::Original);
    verifyRow(0, kWidth, kGray);
    viewer_->setShowUncertainty(false);
    viewer_->setMode(Mode::Result);
    verifyRow(0, kWidth, kRed);
}

void TestImageViewer::frameReplacesTheResult()
{
    viewer_->setFrame(solid(kGreen), QStringLiteral("Step 2 of 4"));
    QVERIFY(viewer_->hasFrame());
    verifyRow(0, kWidth, kGreen);
    viewer_->setMode(Mode::Split);
    verifyRow(0, kWidth / 2 - 2, kGray);
    verifyRow(kWidth / 2 + 2, kWidth, kGreen);
    viewer_->setFrame(QImage(), QString());
    QVERIFY(!viewer_->hasFrame());
    verifyRow(kWidth / 2 + 2, kWidth, kRed);
}

void TestImageViewer::hintMarkerIsDrawnAtItsPlace()
{
    const QPointF fraction(0.25, 0.75);
    const QPoint at = viewer_->widgetPosition(fraction);
    QCOMPARE(at, QPoint(100, 150));
    QCOMPARE(describe(pixel(at.x(), at.y())), describe(kRed));
    viewer_->setHints({HintSpec{fraction, QColor(kBlue), {}}}, -1);
    QCOMPARE(describe(pixel(at.x(), at.y())), describe(kBlue));
    QCOMPARE(describe(pixel(at.x() + 40, at.y())), describe(kRed));
}

void TestImageViewer::dragMovesTheSplit()
{
    viewer_->setMode(Mode::Split);
    QTest::mousePress(viewer_, Qt::LeftButton, {}, QPoint(kWidth / 2, kRow));
    const QPointF to(kWidth / 4, kRow);
    QMouseEvent move(QEvent::MouseMove, to, viewer_->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewer_, &move);
    QTest::mouseRelease(viewer_, Qt::LeftButton, {}, to.toPoint());
    QVERIFY2(qAbs(viewer_->splitPosition() - 0.25) < 0.01, qPrintable(QString::number(viewer_->splitPosition())));
    verifyRow(0, kWidth / 4 - 2, kGray);
    verifyRow(kWidth / 4 + 2, kWidth, kRed);
}

void TestImageViewer::clickPicksACandidate()
{
    viewer_->setCandidates({solid(kRed, 40, 20), solid(kGreen, 40, 20), solid(kBlue, 40, 20)}, 0);
    viewer_->setMode(Mode::Candidates);
    QSignalSpy picked(viewer_, &ImageViewer::candidatePicked);
    QTest::mouseClick(viewer_, Qt::LeftButton, {}, viewer_->candidateRect(2).center());
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().at(0).toInt(), 2);
    // Between the cells nothing is picked.
    QTest::mouseClick(viewer_, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(picked.size(), 1);
}

void TestImageViewer::hintModeClickAndDrag()
{
    QSignalSpy clicked(viewer_, &ImageViewer::hintClicked);
    QSignalSpy moved(viewer_, &ImageViewer::hintMoved);
    // Outside hint mode a click pans and places nothing.
    QTest::mouseClick(viewer_, Qt::LeftButton, {}, viewer_->widgetPosition(QPointF(0.5, 0.5)));
    QCOMPARE(clicked.size(), 0);
    viewer_->setHintMode(true);
    QTest::mouseClick(viewer_, Qt::LeftButton, {}, viewer_->widgetPosition(QPointF(0.5, 0.5)));
    QCOMPARE(clicked.size(), 1);
    const QPointF fraction = clicked.first().at(0).toPointF();
    QVERIFY(qAbs(fraction.x() - 0.5) < 0.01 && qAbs(fraction.y() - 0.5) < 0.01);

    viewer_->setHints({HintSpec{QPointF(0.5, 0.5), QColor(kBlue), {}}}, -1);
    const QPoint from = viewer_->widgetPosition(QPointF(0.5, 0.5));
    const QPointF to = viewer_->widgetPosition(QPointF(0.2, 0.3));
    QTest::mousePress(viewer_, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, to, viewer_->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewer_, &move);
    QTest::mouseRelease(viewer_, Qt::LeftButton, {}, to.toPoint());
    QCOMPARE(clicked.size(), 1);   // pressing a marker moves it, it adds none
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toInt(), 0);
    const QPointF movedTo = moved.first().at(1).toPointF();
    QVERIFY(qAbs(movedTo.x() - 0.2) < 0.01 && qAbs(movedTo.y() - 0.3) < 0.01);
}

QTEST_MAIN(TestImageViewer)
#include "tst_imageviewer.moc"
