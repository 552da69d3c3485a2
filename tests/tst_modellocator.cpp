// The active model's lookup order: settings, $COLORIZED_MODEL, installed, build tree.

#include "colorized/jobs/modellocator.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace colorized::jobs;

class TestModelLocator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsComeFirst();
    void environmentWhenSettingsPointNowhere();
    void reportsWhereItLookedWhenNothingIsFound();

private:
    QString touch(const QString& name);
    QTemporaryDir dir_;
};

QString TestModelLocator::touch(const QString& name)
{
    const QString path = dir_.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
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

void TestModelLocator::reportsWhereItLookedWhenNothingIsFound()
{
    QSettings().remove(QLatin1String(kModelPathKey));
    qputenv("COLORIZED_MODEL", dir_.filePath(QStringLiteral("missing.safetensors")).toLocal8Bit());
    const ModelLocation location = locateModel();
    if (location.found())
        QSKIP("A default model exists in this build tree or installation.");
    QVERIFY(location.tried.size() >= 2);
    const QString message = missingModelMessage(location);
    QVERIFY(message.contains(QStringLiteral("missing.safetensors")));
    QVERIFY(message.contains(QStringLiteral("colorized-cli train")));
}

QTEST_GUILESS_MAIN(TestModelLocator)
#include "tst_modellocator.moc"
