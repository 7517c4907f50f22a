package org.leaps.portal.alert;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes a sent alert to this node's open sessions as soon as the alert is committed, and stores
 * its deliveries, one per person, while the push goes out (decision 135). Storing a statewide
 * alert's ten thousand deliveries first held every session's dialog back by a third of a second.
 *
 * <p>Nothing is lost in between: the alert row is committed with {@code deliveries_pending} set,
 * and the deliveries are stored by exactly one transaction, the one that claims that flag. If this
 * node stops or the database is away before then, {@link AlertReminderJob} has any node resolve the
 * audience again and store them. Other nodes push the alert when the deliveries are committed,
 * through the activity published with them.
 */
@Component
class AlertDeliveryWriter {

  private static final Logger log = LoggerFactory.getLogger(AlertDeliveryWriter.class);

  private final AlertRepository alerts;
  private final AlertDeliveryStore store;
  private final AlertLiveFeed feed;
  private final AlertLiveHub hub;
  private final ApplicationEventPublisher publisher;

  /**
   * A transaction of its own: the sender's has committed, but its resources are still bound to the
   * thread while its synchronizations run.
   */
  private final TransactionTemplate newTransaction;

  AlertDeliveryWriter(
      AlertRepository alerts,
      AlertDeliveryStore store,
      AlertLiveFeed feed,
      AlertLiveHub hub,
      ApplicationEventPublisher publisher,
      PlatformTransactionManager transactions) {
    this.alerts = alerts;
    this.store = store;
    this.feed = feed;
    this.hub = hub;
    this.publisher = publisher;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Called by the sender inside its transaction, with the alert just saved (deliveries pending) and
   * everyone it goes to. When that transaction commits, the alert is pushed and the deliveries are
   * stored on the sender's thread; if it rolls back, nothing happens.
   */
  void afterCommit(AlertSignal.Sent signal, List<Recipient> people) {
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            pushThenStore(signal, people);
          }
        });
  }

  private void pushThenStore(AlertSignal.Sent signal, List<Recipient> people) {
    long alertId = signal.alertId();
    hub.storing(signal);
    try {
      feed.pushBeforeStoring(signal);
      newTransaction.executeWithoutResult(status -> store(alertId, people));
    } catch (RuntimeException e) {
      log.warn(
          "Alert {}: its deliveries could not be stored now; a node stores them within a minute: {}",
          alertId,
          e.toString());
    } finally {
      hub.stored(alertId);
    }
  }

  /**
   * Stores one delivery per person if the alert's deliveries are still pending, and announces them:
   * to every node (the relay writes the activity in this transaction) and to the mailer. Returns
   * false if another transaction stored them first.
   */
  boolean store(long alertId, List<Recipient> people) {
    if (alerts.claimPendingDeliveries(alertId, people.size()) != 1) {
      return false;
    }
    store.insertDeliveries(alertId, people);
    publisher.publishEvent(new AlertActivity(alertId, AlertActivity.Kind.SENT, null));
    publisher.publishEvent(new AlertService.AlertSentEvent(alertId));
    return true;
  }
}
