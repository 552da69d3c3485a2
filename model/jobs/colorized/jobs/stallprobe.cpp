#include "colorized/jobs/stallprobe.h"

#include <algorithm>

namespace colorized::jobs {

StallProbe::StallProbe(QObject* parent) : QObject(parent)
{
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(kIntervalMs);
    connect(&timer_, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    reset();
    clock_.start();
    timer_.start();
}

void StallProbe::stop()
{
    timer_.stop();
}

void StallProbe::reset()
{
    lastNs_ = -1;
    longestMs_ = 0;
    longestGapMs_ = 0;
    ticks_ = 0;
}

void StallProbe::tick()
{
    const qint64 now = clock_.nsecsElapsed();
    if (lastNs_ >= 0) {
        const double gap = (now - lastNs_) / 1e6;
        longestGapMs_ = std::max(longestGapMs_, gap);
        longestMs_ = std::max(longestMs_, gap - kIntervalMs);
    }
    lastNs_ = now;
    ++ticks_;
}

}  // namespace colorized::jobs
