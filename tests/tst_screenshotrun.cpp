// `colorized --screenshot FILE PHOTO` as the README and the Xvfb checks use it: the real
// application binary, offscreen, with a tiny model. The run colorizes the photo, writes the
// window to FILE and ends by itself (Qt 6's quit() used to stop at the "unexported work?"
// question and never end), leaving the original and the archivist's autosaved project alone.

#include "guitestdata.h"
#include "tinymodel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshotRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void colorizesSavesTheWindowAndEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString photo = guitest::makePhoto(dir.filePath("scan.png"), 64, 48);
        const QString before = guitest::sha256(photo);
        const QString model = colorized::testsupport::writeTinyModel(dir.filePath("tiny.safetensors"));
        const QString shot = dir.filePath("shot.png");

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("COLORIZED_MODEL", model);
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(variable, dir.filePath(variable));
        process.setProcessEnvironment(environment);
        process.start(COLORIZED_GUI, {"--screenshot", shot, "--compare", "split", photo});
        const bool ended = process.waitForFinished(180000);
        const QString output = QString::fromUtf8(process.readAll());
        if (!ended) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY2(ended, qPrintable("the screenshot run did not end: " + output));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains("1 photos read"), qPrintable(output));

        const QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(output));
        QVERIFY(image.width() >= 640 && image.height() >= 400);   // the whole window, not a blank file
        QCOMPARE(guitest::sha256(photo), before);
        // A screenshot run never replaces the archivist's autosaved project.
        QVERIFY(QDir(dir.filePath("XDG_DATA_HOME")).entryList({"*.colorized"}, QDir::Files).isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("XDG_DATA_HOME/COLORIZED/colorized/autosave.colorized")));
    }
};

QTEST_GUILESS_MAIN(TestScreenshotRun)
#include "tst_screenshotrun.moc"
