package io.outpost.devices.sds011;

/** Whether an SDS011 sleeps (fan and laser off) or works. Declared in wire order: the ordinal is the wire value. */
public enum WorkState { SLEEP, WORK }
