package org.leaps.portal.peer;

import java.util.List;

/**
 * One answer of Find a peer: the first peers to show and how many match in all.
 *
 * @param matching how many counselors match the filter
 */
public record PeerList(List<Peer> peers, int matching) {

  public PeerList {
    peers = List.copyOf(peers);
  }
}
