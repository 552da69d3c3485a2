// Processor capabilities from /proc/cpuinfo text, and the bf16 policy built on them. The fixtures
// in data/cpuinfo/ are whole cpuinfo files: a Zen 3 EPYC without AVX-512, the Zen 4 EPYC this was
// written on (avx512_bf16), and a Sapphire Rapids Xeon (avx512_bf16 and amx_bf16, and the
// "vmx flags" line Intel kernels add).

#include "colorized/core/processor.h"

#include <QFile>
#include <QtTest>

#include <sstream>

using namespace colorized;

namespace {

std::string fixture(const char* name)
{
    QFile file(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/cpuinfo/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

}  // namespace

class TestProcessor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<bool>("avx2");
        QTest::addColumn<bool>("avx512f");
        QTest::addColumn<bool>("avx512Bf16");
        QTest::addColumn<bool>("amxBf16");
        QTest::addColumn<bool>("native");
        QTest::addColumn<QString>("flags");
        QTest::newRow("Zen 3") << "zen3-epyc-7763.cpuinfo" << "AMD EPYC 7763 64-Core Processor" << 2 << true << false
                               << false << false << false << "avx2";
        QTest::newRow("Zen 4") << "zen4-epyc-avx512bf16.cpuinfo" << "AMD EPYC" << 2 << true << true << true << false
                               << true << "avx2 avx512f avx512_bf16";
        QTest::newRow("Sapphire Rapids") << "sapphire-rapids-xeon-8480.cpuinfo" << "Intel(R) Xeon(R) Platinum 8480+" << 2
                                         << true << true << true << true << true
                                         << "avx2 avx512f avx512_bf16 amx_bf16";
    }

    void parsesFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(int, cpus);
        QFETCH(bool, avx2);
        QFETCH(bool, avx512f);
        QFETCH(bool, avx512Bf16);
        QFETCH(bool, amxBf16);
        QFETCH(bool, native);
        QFETCH(QString, flags);
        const std::string text = fixture(file.toLatin1().constData());
        QVERIFY2(!text.empty(), qPrintable(file));
        const ProcessorInfo info = parseCpuinfo(text);
        QCOMPARE(QString::fromStdString(info.modelName), model);
        QCOMPARE(info.logicalProcessors, cpus);
        QCOMPARE(info.avx2, avx2);
        QCOMPARE(info.avx512f, avx512f);
        QCOMPARE(info.avx512Bf16, avx512Bf16);
        QCOMPARE(info.amxBf16, amxBf16);
        QCOMPARE(info.nativeBf16(), native);
        QCOMPARE(QString::fromStdString(info.capabilityFlags()), flags);
    }

    void wholeNamesOnlyAndOnlyTheFlagsLine()
    {
        // Names that merely contain a flag's name, and flag names on other lines, do not count.
        const ProcessorInfo info = parseCpuinfo("processor\t: 0\n"
                                                "model name\t: Test CPU\n"
                                                "flags\t\t: fpu avx2x xavx512f avx512_bf16_ext\n"
                                                "vmx flags\t: amx_bf16 avx512_bf16\n"
                                                "bugs\t\t: avx512f\n");
        QVERIFY(!info.avx2);
        QVERIFY(!info.avx512f);
        QVERIFY(!info.nativeBf16());
        QCOMPARE(QString::fromStdString(info.capabilityFlags()),
                 QStringLiteral("none of avx2, avx512f, avx512_bf16, amx_bf16"));
    }

    void everyProcessorMustHaveIt()
    {
        // bf16 on one listed processor but not on the other: a thread may run on either.
        const ProcessorInfo info = parseCpuinfo("processor\t: 0\nflags\t\t: avx2 avx512f avx512_bf16\n\n"
                                                "processor\t: 1\nflags\t\t: avx2 avx512f\n\n");
        QCOMPARE(info.logicalProcessors, 2);
        QVERIFY(info.avx2);
        QVERIFY(info.avx512f);
        QVERIFY(!info.avx512Bf16);
        QVERIFY(!info.nativeBf16());
    }

    void unknownTextGivesNoCapabilities()
    {
        // aarch64 lists "Features", not "flags"; an unreadable file gives an empty string.
        for (const char* text : {"", "processor\t: 0\nFeatures\t: fp asimd bf16\nCPU implementer\t: 0x41\n"}) {
            const ProcessorInfo info = parseCpuinfo(text);
            QVERIFY(!info.avx2);
            QVERIFY(!info.nativeBf16());
            QVERIFY(info.modelName.empty());
        }
    }

    void amxAloneIsNative()
    {
        ProcessorInfo info;
        info.amxBf16 = true;
        QVERIFY(info.nativeBf16());
        info.amxBf16 = false;
        info.avx512f = true;   // AVX-512 without its BF16 extension (Skylake-SP, Ice Lake) is not
        QVERIFY(!info.nativeBf16());
    }

    void policyRefusesEmulatedBf16WithOneWarning()
    {
        const ProcessorInfo zen3 = parseCpuinfo(fixture("zen3-epyc-7763.cpuinfo"));
        std::ostringstream warnings;
        QCOMPARE(resolveBf16(true, zen3, warnings), false);
        const QString text = QString::fromStdString(warnings.str());
        QVERIFY2(text.contains(QStringLiteral("AMD EPYC 7763 64-Core Processor")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("fp32")), qPrintable(text));
        QCOMPARE(text.count(QLatin1Char('\n')), 1);
        QVERIFY(text.endsWith(QStringLiteral(".\n")));

        std::ostringstream quiet;
        QCOMPARE(resolveBf16(false, zen3, quiet), false);   // not asked: nothing to warn about
        QVERIFY(quiet.str().empty());
    }

    void policyGrantsNativeBf16Silently()
    {
        for (const char* file : {"zen4-epyc-avx512bf16.cpuinfo", "sapphire-rapids-xeon-8480.cpuinfo"}) {
            const ProcessorInfo processor = parseCpuinfo(fixture(file));
            std::ostringstream warnings;
            QCOMPARE(resolveBf16(true, processor, warnings), true);
            QCOMPARE(resolveBf16(false, processor, warnings), false);
            QVERIFY(warnings.str().empty());
        }
    }

    void currentProcessorIsThisMachine()
    {
        // The expected answer read here with Qt, independently of the parser: the first "flags"
        // and "model name" lines of this machine's cpuinfo.
        QFile file(qEnvironmentVariableIsEmpty("COLORIZED_CPUINFO") ? QStringLiteral("/proc/cpuinfo")
                                                                    : qEnvironmentVariable("COLORIZED_CPUINFO"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList flags;
        QString model;
        for (const QString& line : QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'))) {
            const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
            const QString value = line.section(QLatin1Char(':'), 1).trimmed();
            if (key == QLatin1String("flags") && flags.isEmpty())
                flags = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (key == QLatin1String("model name") && model.isEmpty())
                model = value;
        }
        const bool native = flags.contains(QLatin1String("avx512_bf16")) || flags.contains(QLatin1String("amx_bf16"));

        const ProcessorInfo& current = currentProcessor();
        QCOMPARE(&currentProcessor(), &current);   // read once, then cached
        QCOMPARE(QString::fromStdString(current.modelName), model);
        QCOMPARE(current.avx2, flags.contains(QLatin1String("avx2")));
        QCOMPARE(current.nativeBf16(), native);
        qInfo("this processor: %s (%s), native bf16: %s", current.modelName.c_str(), current.capabilityFlags().c_str(),
              native ? "yes" : "no");
    }
};

QTEST_APPLESS_MAIN(TestProcessor)
#include "tst_processor.moc"
