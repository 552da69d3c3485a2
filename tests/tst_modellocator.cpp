// The active model's lookup order: settings, $COLORIZED_MODEL, then the shipped-model folders
// (next to the executable, ../share/colorized/models, the XDG data folders). The XDG folders
// point into this test's own temporary folder, so a model installed on the machine running
// the tests cannot change the outcome.

#include "colorized/jobs/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;

class TestModelLocator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsComeFirst();
    void environmentWhenSettingsPointNowhere();
    void defaultModelInADataFolder();
    void installationBesideTheExecutableComesBeforeDataFolders();
    void defaultLookupIgnoresSettings();
    void reportsWhereItLookedWhenNothingIsFound();

private:
    QString touch(const QString& name);
    QString dataFolder() const { return dir_.filePath(QStringLiteral("data")); }
    QTemporaryDir dir_;
};

QString TestModelLocator::touch(const QString& name)
{
    const QString path = dir_.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("x");
    return path;
}

void TestModelLocator::initTestCase()
{
    QVERIFY(dir_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("colorized-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_modellocator"));
    qputenv("XDG_DATA_HOME", dir_.filePath(QStringLiteral("home-data")).toLocal8Bit());
    qputenv("XDG_DATA_DIRS", dataFolder().toLocal8Bit());
}

void TestModelLocator::init()
{
    QSettings().remove(QLatin1String(kModelPathKey));
    qunsetenv("COLORIZED_MODEL");
    QDir(dataFolder()).removeRecursively();
}

void TestModelLocator::settingsComeFirst()
{
    const QString chosen = touch(QStringLiteral("chosen.safetensors"));
    qputenv("COLORIZED_MODEL", touch(QStringLiteral("env.safetensors")).toLocal8Bit());
    QSettings().setValue(QLatin1String(kModelPathKey), chosen);
    const ModelLocation location = locateModel();
    QCOMPARE(location.path, chosen);
    QCOMPARE(location.origin, QStringLiteral("settings"));
}

void TestModelLocator::environmentWhenSettingsPointNowhere()
{
    const QString env = touch(QStringLiteral("env.safetensors"));
    qputenv("COLORIZED_MODEL", env.toLocal8Bit());
    QSettings().setValue(QLatin1String(kModelPathKey), dir_.filePath(QStringLiteral("deleted.safetensors")));
    const ModelLocation location = locateModel();
    QCOMPARE(location.path, env);
    QCOMPARE(location.origin, QStringLiteral("environment"));
    QCOMPARE(location.tried.first(), dir_.filePath(QStringLiteral("deleted.safetensors")));
}

void TestModelLocator::defaultModelInADataFolder()
{
    const QString installed = touch(QStringLiteral("data/colorized/models/") + QLatin1String(kDefaultModelFileName));
    QVERIFY(modelDataFolders().contains(QFileInfo(installed).absolutePath()));
    const ModelLocation location = locateModel();
    QCOMPARE(location.path, installed);
    QCOMPARE(location.origin, QStringLiteral("installed"));
}

void TestModelLocator::installationBesideTheExecutableComesBeforeDataFolders()
{
    // An installation is found relative to its executable, wherever its prefix is.
    const QStringList folders = modelDataFolders();
    const QString executable = QCoreApplication::applicationDirPath();
    QCOMPARE(folders.value(0), executable);
    QCOMPARE(folders.value(1), QDir::cleanPath(executable + QStringLiteral("/../share/colorized/models")));
    QVERIFY(folders.indexOf(QDir::cleanPath(dataFolder() + QStringLiteral("/colorized/models"))) > 1);
    for (const QString& folder : folders)
        QVERIFY2(!folder.contains(QStringLiteral(COLORIZED_TEST_SOURCE_DIR)), qPrintable(folder));
}

void TestModelLocator::defaultLookupIgnoresSettings()
{
    QSettings().setValue(QLatin1String(kModelPathKey), touch(QStringLiteral("chosen.safetensors")));
    const QString env = touch(QStringLiteral("env.safetensors"));
    qputenv("COLORIZED_MODEL", env.toLocal8Bit());
    QCOMPARE(locateDefaultModel().path, env);
}

void TestModelLocator::reportsWhereItLookedWhenNothingIsFound()
{
    qputenv("COLORIZED_MODEL", dir_.filePath(QStringLiteral("missing.safetensors")).toLocal8Bit());
    const ModelLocation location = locateModel();
    QVERIFY2(!location.found(), qPrintable(location.path));
    QCOMPARE(location.tried.first(), dir_.filePath(QStringLiteral("missing.safetensors")));
    QCOMPARE(location.tried.size(), 1 + modelDataFolders().size());
    const QString message = missingModelMessage(location);
    QVERIFY(message.contains(QStringLiteral("missing.safetensors")));
    QVERIFY(message.contains(dataFolder()));
    QVERIFY(message.contains(QStringLiteral("colorized-cli train")));
}

QTEST_GUILESS_MAIN(TestModelLocator)
#include "tst_modellocator.moc"
