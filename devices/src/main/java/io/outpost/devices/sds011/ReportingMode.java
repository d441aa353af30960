package io.outpost.devices.sds011;

/**
 * How an SDS011 reports: a measurement every working period on its own, or only when queried. Declared in
 * wire order: the ordinal is the wire value.
 */
public enum ReportingMode { ACTIVE, QUERY }
