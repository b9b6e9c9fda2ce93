package uk.gov.justice.ppg.gateway.inbound;

/** The accept contract on the embedded default: H2 and embedded Artemis. */
class AcceptOnH2IT extends AcceptContract {

}
