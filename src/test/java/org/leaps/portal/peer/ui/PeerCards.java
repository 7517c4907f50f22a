package org.leaps.portal.peer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Find a peer cards as an officer reads them. */
record PeerCards(List<Card> cards) {

  record Card(
      long counselorId,
      String firstName,
      String agency,
      String status,
      List<String> specialties,
      Double distanceKm,
      String callHref,
      String textHref,
      boolean saysNoPhone) {}

  static PeerCards of(FindPeerView view) {
    List<Card> cards =
        view.getChildren()
            .filter(c -> c.getId().filter("peer-list"::equals).isPresent())
            .flatMap(Component::getChildren)
            .map(ListItem.class::cast)
            .map(PeerCards::read)
            .toList();
    return new PeerCards(cards);
  }

  private static Card read(ListItem item) {
    List<Component> all = descendants(item).toList();
    String distance = spans(all, "peer-distance").findFirst().map(Span::getText).orElse(null);
    return new Card(
        Long.parseLong(item.getElement().getAttribute("data-counselor")),
        all.stream()
            .filter(H3.class::isInstance)
            .map(c -> ((H3) c).getText())
            .findFirst()
            .orElseThrow(),
        spans(all, "peer-agency").findFirst().map(Span::getText).orElseThrow(),
        spans(all, "peer-status").findFirst().map(Span::getText).orElseThrow(),
        spans(all, "peer-chip").map(Span::getText).toList(),
        distance == null ? null : Double.parseDouble(distance.replaceAll("[^0-9.]", "")),
        href(all, "peer-call").orElse(null),
        href(all, "peer-text").orElse(null),
        spans(all, "peer-no-phone").findAny().isPresent());
  }

  private static Stream<Component> descendants(Component c) {
    return Stream.concat(Stream.of(c), c.getChildren().flatMap(PeerCards::descendants));
  }

  private static Stream<Span> spans(List<Component> all, String className) {
    return all.stream()
        .filter(Span.class::isInstance)
        .map(Span.class::cast)
        .filter(s -> s.hasClassName(className));
  }

  private static Optional<String> href(List<Component> all, String className) {
    return all.stream()
        .filter(Anchor.class::isInstance)
        .map(Anchor.class::cast)
        .filter(a -> a.hasClassName(className))
        .map(Anchor::getHref)
        .findFirst();
  }

  Optional<Card> find(long counselorId) {
    return cards.stream().filter(c -> c.counselorId() == counselorId).findFirst();
  }

  List<Long> ids() {
    return cards.stream().map(Card::counselorId).toList();
  }
}
