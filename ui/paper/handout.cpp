#include "paper/handout.hpp"

#include "formats/diagram_text.hpp"
#include "window/language.hpp"
#include "teaching/lesson_panel.hpp"
#include "teaching/narration.hpp"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

namespace tcpviz {
namespace {

// The context of this file's texts in Qt Linguist.
struct Handout {
    Q_DECLARE_TR_FUNCTIONS(Handout)
};

// The diagram after `step` as an <svg> element to put inline.
QString diagram_svg(const Trace& trace, const DiagramOptions& diagram, const DiagramTheme& theme, std::uint32_t step)
{
    DiagramOptions at_step = diagram;
    at_step.upto_step = step;
    const DiagramLayout layout(trace, at_step, metrics_for(theme));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSize size = layout.size().toSize();
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    QPainter painter(&svg);
    paint_diagram(painter, layout, theme, QRectF(QPointF(0, 0), layout.size()));
    painter.end();
    const QString text = QString::fromUtf8(buffer.data());
    return text.mid(text.indexOf(QLatin1String("<svg"))); // without the XML declaration
}

QString section(const QString& heading, const QString& svg, const QStringList& paragraphs)
{
    QString html = QStringLiteral("<section>\n<h2>%1</h2>\n<figure>%2</figure>\n").arg(heading.toHtmlEscaped(), svg);
    for (const QString& p : paragraphs)
        if (!p.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(p.toHtmlEscaped());
    return html + QStringLiteral("</section>\n");
}

} // namespace

std::string handout_html(const Scenario& scenario, const Trace& trace, const DiagramOptions& diagram,
                         const ImageOptions& image, const Lesson* lesson)
{
    const DiagramTheme theme = DiagramTheme::make(image.theme);
    const SeqNotation numbers(trace, diagram.numbers);
    const QString title = lesson ? lesson_text(lesson->title) : scenario_title(scenario);
    const QString description = lesson ? lesson_text(lesson->introduction)
                                       : scenario_description(scenario);
    QString body;
    if (lesson) {
        const std::vector<std::uint32_t> steps = lesson_stop_steps(*lesson, trace);
        for (std::size_t i = 0; i < steps.size(); ++i)
            body += section(Handout::tr("Stop %1 of %2").arg(i + 1).arg(steps.size()),
                            diagram_svg(trace, diagram, theme, steps[i]),
                            {lesson_stop_text(lesson->stops[i].text, trace, numbers, steps[i]),
                             narrate_step(trace, numbers, steps[i]).text});
    } else {
        const std::uint32_t last = std::min(trace.last_step(), kHandoutSteps);
        for (std::uint32_t step = 1; step <= last; ++step) {
            const StepNarration n = narrate_step(trace, numbers, step);
            //: A handout's heading for one step: its number and what happened.
            body += section(Handout::tr("Step %1: %2").arg(step).arg(n.title), diagram_svg(trace, diagram, theme, step),
                            {n.text});
        }
        if (trace.last_step() > last)
            body += QStringLiteral("<p>%1</p>\n")
                        .arg(Handout::tr("The run goes on for %n more step(s); export its diagram to see them all.",
                                         nullptr, int(trace.last_step() - last))
                                 .toHtmlEscaped());
    }
    const QString language =
        current_language() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                       "<style>\nbody { font-family: sans-serif; max-width: 62em; margin: 2em auto; padding: 0 1em; "
                       "line-height: 1.45; }\nsection { break-inside: avoid; margin: 2.5em 0; }\n"
                       "figure { margin: 0; }\nfigure svg { max-width: 100%; height: auto; }\n"
                       ".notation { color: #555; }\n</style>\n</head>\n<body>\n<h1>%2</h1>\n<p>%3</p>\n"
                       "<p class=\"notation\">%4</p>\n%5</body>\n</html>\n")
            .arg(language, title.toHtmlEscaped(), description.toHtmlEscaped(),
                 QString::fromStdString(notation_note(numbers, trace, trace.segments.size(), interface_wording()))
                     .toHtmlEscaped(),
                 body);
    return html.toStdString();
}

} // namespace tcpviz
