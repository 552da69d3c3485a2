// Translations are compiled in and really translated, Qt's own too (standard buttons); the
// language follows the saved choice.

#include "language.h"

#include "colorized/core/samplerkind.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void translates_data();
    void translates();
    void savedChoiceWins();

private:
    QTemporaryDir dir_;
};

void TestLanguage::initTestCase()
{
    QVERIFY(dir_.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
    QCoreApplication::setOrganizationName(QStringLiteral("colorized-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
}

void TestLanguage::translates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("colorize");
    QTest::addColumn<QString>("cancel");   // Qt's own standard button (qt6-translations-l10n)
    QTest::newRow("fr") << "fr" << "&Fichier" << "Coloriser" << "Annuler";
    QTest::newRow("es") << "es" << "&Archivo" << "Colorear" << "Cancelar";
    QTest::newRow("de") << "de" << "&Datei" << "Kolorieren" << "Abbrechen";
}

void TestLanguage::translates()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, colorize);
    QFETCH(QString, cancel);
    QVERIFY(language::install(code));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QCOMPARE(QCoreApplication::translate("MainActions", "&File"), file);
    QCOMPARE(QCoreApplication::translate("SettingsDock", "Colorize"), colorize);
    const QString plural = QCoreApplication::translate("Session", "Added %n photo(s).", nullptr, 3);
    QVERIFY2(plural.contains(QLatin1Char('3')) && !plural.contains(QStringLiteral("photo(s)")), qPrintable(plural));
    // The sampler labels come from model/core's name table, outside the sources of ui/.
    for (const auto& sampler : colorized::kSamplers)
        QVERIFY2(QCoreApplication::translate(colorized::kSamplerLabelContext, sampler.label) != QLatin1String(sampler.label),
                 sampler.label);
    QVERIFY(language::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("MainActions", "&File"), QStringLiteral("&File"));
}

void TestLanguage::savedChoiceWins()
{
    QSettings().setValue(QLatin1String(language::kSettingsKey), QStringLiteral("es"));
    QCOMPARE(language::chosen(), QStringLiteral("es"));
    QSettings().setValue(QLatin1String(language::kSettingsKey), QStringLiteral("xx"));
    QVERIFY(language::available().contains(language::chosen()));
    QCOMPARE(language::available().size(), 4);
    QCOMPARE(language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
