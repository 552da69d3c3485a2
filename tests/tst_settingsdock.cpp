// The settings dock offers bf16 only where the processor has it natively, says why not
// elsewhere, and never passes a stored bf16 choice on to a processor that would emulate it. It
// lists the samplers of the name table and stores their names.

#include "settingsdock.h"

#include "colorized/core/processor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <iterator>

using colorized::ProcessorInfo;
using colorized::parseCpuinfo;

namespace {

ProcessorInfo fixture(const QString& name)
{
    QFile file(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/cpuinfo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseCpuinfo(file.readAll().toStdString());
}

QCheckBox* bf16Check(SettingsDock& dock)
{
    return dock.findChild<QCheckBox*>(QStringLiteral("bf16Check"));
}

}  // namespace

class TestSettingsDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("colorized-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdock"));
        QVERIFY(fixture(QStringLiteral("zen3-epyc-7763.cpuinfo")).avx2);   // the fixtures are readable
    }

    void offersBf16OnlyWhereNative_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("native");
        QTest::newRow("Zen 3, emulated") << "zen3-epyc-7763.cpuinfo" << false;
        QTest::newRow("Zen 4, avx512_bf16") << "zen4-epyc-avx512bf16.cpuinfo" << true;
        QTest::newRow("Sapphire Rapids, amx_bf16") << "sapphire-rapids-xeon-8480.cpuinfo" << true;
    }

    void offersBf16OnlyWhereNative()
    {
        QFETCH(QString, file);
        QFETCH(bool, native);
        SettingsDock dock;
        dock.setProcessor(fixture(file));
        QCheckBox* check = bf16Check(dock);
        QVERIFY(check);
        QCOMPARE(check->isEnabled(), native);
        const QString tip = check->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("bfloat16")), qPrintable(tip));
        QCOMPARE(tip.startsWith(QStringLiteral("Not available")), !native);
        QVERIFY2(!tip.contains(QStringLiteral("faster"), Qt::CaseInsensitive), qPrintable(tip));   // unmeasured

        auto settings = dock.settings();
        settings.bf16 = true;
        dock.setSettings(settings);
        QCOMPARE(check->isChecked(), native);
        QCOMPARE(dock.settings().bf16, native);
    }

    void storedChoiceIsIgnoredWhereNotNative()
    {
        QSettings().setValue(QStringLiteral("colorize/bf16"), true);
        {
            SettingsDock dock;
            dock.setProcessor(fixture(QStringLiteral("zen4-epyc-avx512bf16.cpuinfo")));
            dock.load();
            QVERIFY(dock.settings().bf16);
            // The same settings file on a Zen 3 (a roaming home folder, a copied profile).
            dock.setProcessor(fixture(QStringLiteral("zen3-epyc-7763.cpuinfo")));
            QVERIFY(!bf16Check(dock)->isChecked());
            QVERIFY(!dock.settings().bf16);
        }
        SettingsDock dock;
        dock.setProcessor(fixture(QStringLiteral("zen3-epyc-7763.cpuinfo")));
        dock.load();
        QVERIFY(!dock.settings().bf16);
    }

    void disabledDockKeepsTheChoice()
    {
        // The main window may disable the whole dock; a native bf16 choice must survive that.
        SettingsDock dock;
        dock.setProcessor(fixture(QStringLiteral("sapphire-rapids-xeon-8480.cpuinfo")));
        auto settings = dock.settings();
        settings.bf16 = true;
        dock.setSettings(settings);
        dock.setEnabled(false);
        QVERIFY(dock.settings().bf16);
    }

    void listsEverySamplerAndStoresItsName()
    {
        SettingsDock dock;
        auto* combo = dock.findChild<QComboBox*>(QStringLiteral("samplerCombo"));
        auto* steps = dock.findChild<QSpinBox*>(QStringLiteral("stepsSpin"));
        QVERIFY(combo && steps);
        QCOMPARE(combo->count(), int(std::size(colorized::kSamplers)));
        for (const auto& sampler : colorized::kSamplers) {
            auto settings = dock.settings();
            settings.sampler = sampler.value;
            dock.setSettings(settings);
            QVERIFY(dock.settings().sampler == sampler.value);
            QCOMPARE(combo->currentData().toString(), QString::fromLatin1(sampler.name));
            QCOMPARE(steps->isEnabled(), !sampler.runsEveryTimestep);
            dock.save();
            QCOMPARE(QSettings().value(QStringLiteral("colorize/sampler")).toString(), QString::fromLatin1(sampler.name));
            SettingsDock reopened;
            reopened.load();
            QVERIFY(reopened.settings().sampler == sampler.value);
        }
    }

    void unknownStoredSamplerKeepsTheDefaultAndSaysSo()
    {
        QSettings().setValue(QStringLiteral("colorize/sampler"), QStringLiteral("ddpm"));
        SettingsDock dock;
        dock.load();
        QVERIFY(dock.settings().sampler == colorized::SamplerKind::Ddpm);
        // A name written by a newer version: a warning that names the known samplers, and the default.
        QSettings().setValue(QStringLiteral("colorize/sampler"), QStringLiteral("from-the-future"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("from-the-future.*%1").arg(
                                 QString::fromStdString(colorized::samplerNamesInProse()))));
        dock.load();
        QVERIFY(dock.settings().sampler == colorized::kDefaultSampler);
    }

    void modelSummaryNamesGuidanceOnlyWhereTheModelUsesIt()
    {
        SettingsDock dock;
        auto* info = dock.findChild<QLabel*>(QStringLiteral("modelInfo"));
        QVERIFY(info);
        colorized::jobs::ModelSummary model;
        model.name = QStringLiteral("guided");
        model.resolution = 64;
        model.timesteps = 1000;
        model.guidance = 1.5;
        QLocale::setDefault(QLocale::c());
        dock.setModelSummary(model);
        QCOMPARE(info->text(), QStringLiteral("guided — works at 64 pixels, 1000 diffusion steps, classifier-free guidance 1.5."));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));   // the number as the archivist writes it
        dock.setModelSummary(model);
        QVERIFY2(info->text().endsWith(QStringLiteral("guidance 1,5.")), qPrintable(info->text()));
        QLocale::setDefault(QLocale::c());
        // Guided at t >= 0.5 T only: half of the steps pay for the second pass.
        model.guidanceCutoff = 0.5;
        dock.setModelSummary(model);
        QCOMPARE(info->text(), QStringLiteral("guided — works at 64 pixels, 1000 diffusion steps, classifier-free "
                                              "guidance 1.5 over the noisiest 50 % of the steps."));
        model.guidanceCutoff = 0.7;
        dock.setModelSummary(model);
        QVERIFY2(info->text().endsWith(QStringLiteral("noisiest 30 % of the steps.")), qPrintable(info->text()));
        model.guidance = 1.0;
        dock.setModelSummary(model);
        QVERIFY(!info->text().contains(QStringLiteral("guidance")));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestSettingsDock)
#include "tst_settingsdock.moc"
