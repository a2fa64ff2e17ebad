// Presentation mode: the whole exchange or following it, the class quiz and the highlighter.
#include "diagram/diagram_view.hpp"
#include "teaching/narration_view.hpp"
#include "scenario/scenario_library.hpp"
#include "support/lab.hpp"
#include "support/window_fixture.hpp"

#include <catch2/catch.hpp>

#include <QFontMetricsF>
#include <QScrollBar>
#include <QTextDocument>

using namespace tcpviz;
using tcpviz::test::shown_text;
using tcpviz::test::Window;

namespace {

// Presentation mode on a projector's screen.
void present(Window& w)
{
    w.trigger("presentation");
    w.window.setGeometry(0, 0, 1366, 768);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("presenting the whole exchange fits the screen with labels as tall as the narration", "[ui][window]")
{
    Window w;
    present(w);
    DiagramView* view = w.window.diagram();
    auto* band = w.window.findChild<NarrationView*>("presentation_narration");
    REQUIRE(band);
    w.window.session().load(tcpviz::test::handshake_only("normal")); // the handshake: 3 segments
    w.window.session().run_to_end();
    QCoreApplication::processEvents();
    REQUIRE(view->presentation_view() == DiagramView::PresentationView::WholeExchange);
    // Everything so far is in view, first segment to last.
    const QSizeF shown = view->layout()->size() * view->zoom();
    CHECK(shown.width() <= view->viewport()->width() + 1);
    CHECK(shown.height() <= view->viewport()->height() + 1);
    const auto& arrows = view->layout()->arrows();
    CHECK(view->viewport_point(arrows.front().from).y() >= 0);
    CHECK(view->viewport_point(arrows.back().to).y() <= view->viewport()->height());
    // Readable from the back row: the labels are at least as tall as the narration.
    const double label = QFontMetricsF(view->theme().label_font).height() * view->zoom();
    CHECK(label >= QFontMetricsF(band->font()).height());
    // The narration band holds its whole text, or scrolls; it never clips.
    band->document()->setTextWidth(band->viewport()->width());
    CHECK(
        (band->viewport()->height() >= band->document()->size().height() || band->verticalScrollBar()->maximum() > 0));
    w.trigger("presentation");
    CHECK(view->zoom() <= 1.0);
}

TEST_CASE("a whole exchange too long for the screen stays readable and shows its newest part", "[ui][window]")
{
    Window w;
    present(w);
    DiagramView* view = w.window.diagram();
    auto* band = w.window.findChild<NarrationView*>("presentation_narration");
    REQUIRE(band);
    // A flood, and the handshake with its data and its close: neither fits a projector.
    for (const char* name : {"syn-flood-cookies", "normal"}) {
        INFO(name);
        w.window.session().load(*builtin_scenario(name));
        w.window.session().run_to_end();
        QCoreApplication::processEvents();
        REQUIRE(view->presentation_view() == DiagramView::PresentationView::WholeExchange);
        CHECK(view->layout()->size().height() * view->zoom() > view->viewport()->height()); // it cannot all fit
        // As large as the width allows, down to a readable floor: labels as tall as the
        // narration (four lifelines may make the width the limit).
        const double shown_width = view->layout()->size().width() * view->zoom();
        const double label = QFontMetricsF(view->theme().label_font).height() * view->zoom();
        CHECK((label >= QFontMetricsF(band->font()).height() || shown_width >= view->viewport()->width() - 24));
        CHECK(view->layout()->size().width() * view->zoom() <= view->viewport()->width()); // no sideways scrolling
        const QPointF newest = view->viewport_point(view->layout()->arrows().back().to);
        CHECK(newest.y() >= 0);
        CHECK(newest.y() <= view->viewport()->height());
    }
}

TEST_CASE("presenting and following keeps the current segment and the three before it in the middle", "[ui][window]")
{
    Window w;
    present(w);
    DiagramView* view = w.window.diagram();
    w.trigger("presentation_view");
    REQUIRE(view->presentation_view() == DiagramView::PresentationView::Follow);
    SessionController& session = w.window.session();
    std::size_t checked = 0;
    while (!session.simulation().quiescent()) {
        w.trigger("step");
        const auto& arrows = view->layout()->arrows();
        if (arrows.empty())
            continue;
        const double header = view->layout()->header_height() * view->zoom();
        for (std::size_t i = arrows.size() >= 4 ? arrows.size() - 4 : 0; i < arrows.size(); ++i) {
            INFO("step " << session.simulation().current_step() << " arrow " << i);
            CHECK(view->viewport_point(arrows[i].from).y() >= header - 1);
            CHECK(view->viewport_point(arrows[i].to).y() <= view->viewport()->height() + 1);
        }
        ++checked;
    }
    CHECK(checked >= 6);
    w.trigger("presentation_view"); // and back to the whole exchange
    CHECK(view->presentation_view() == DiagramView::PresentationView::WholeExchange);
    w.trigger("presentation");
}

TEST_CASE("a class quiz keeps what a step sent and changed back until it is revealed", "[ui][window][quiz]")
{
    Window w;
    present(w);
    w.trigger("quiz");
    DiagramView* view = w.window.diagram();
    auto* band = w.window.findChild<NarrationView*>("presentation_narration");
    SessionController& session = w.window.session();
    w.trigger("step"); // the client's SYN leaves and the client is in SYN-SENT
    REQUIRE(session.simulation().current_step() == 1);
    CHECK(view->quiz_hiding());
    QString text = shown_text(view->viewport());
    CHECK(text.contains(QStringLiteral("?")));
    CHECK_FALSE(text.contains(QStringLiteral("Seq=x")));
    CHECK_FALSE(text.contains(QStringLiteral("SYN-SENT")));
    CHECK_FALSE(band->text().contains(QStringLiteral("Seq=x"))); // nor does the narration tell
    // The clicker's one button reveals first, and steps on only after.
    w.trigger("step");
    CHECK(session.simulation().current_step() == 1);
    CHECK_FALSE(view->quiz_hiding());
    text = shown_text(view->viewport());
    CHECK(text.contains(QStringLiteral("Seq=x")));
    CHECK(text.contains(QStringLiteral("SYN-SENT")));
    CHECK(band->text().contains(QStringLiteral("Seq=x")));
    // Every step that shows something new is a question; the reveal key answers it too.
    while (session.simulation().current_step() < 3) {
        w.trigger("step");
        if (view->quiz_hiding())
            w.trigger("reveal");
    }
    CHECK(shown_text(view->viewport()).contains(QStringLiteral("SYN-ACK")));
    w.trigger("quiz");
    w.trigger("step");
    CHECK_FALSE(view->quiz_hiding());
    w.trigger("presentation");
}

TEST_CASE("the highlighter draws on the diagram and its marks go on the next step or on Esc", "[ui][window]")
{
    Window w;
    present(w);
    DiagramView* view = w.window.diagram();
    w.trigger("step");
    QWidget* surface = view->viewport();
    const auto stroke = [&] {
        QTest::mousePress(surface, Qt::LeftButton, {}, QPoint(300, 300));
        QMouseEvent move(QEvent::MouseMove, QPointF(380, 330), surface->mapToGlobal(QPointF(380, 330)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(surface, &move);
        QTest::mouseRelease(surface, Qt::LeftButton, {}, QPoint(380, 330));
    };
    stroke();
    CHECK(view->has_marks());
    QTest::keyClick(&w.window, Qt::Key_Escape); // the marks go, presentation stays
    CHECK_FALSE(view->has_marks());
    CHECK(w.window.isFullScreen());
    stroke();
    CHECK(view->has_marks());
    w.trigger("step");
    CHECK_FALSE(view->has_marks());
    // A click without a stroke leaves no mark.
    QTest::mouseClick(surface, Qt::LeftButton, {}, QPoint(200, 200));
    CHECK_FALSE(view->has_marks());
    w.trigger("presentation");
}
