package nl.buurtkracht.round;

import java.util.List;

/**
 * Who lives at an address a coordinator typed: the residents they may see by name (who show their
 * name to the street, already agreed to be visited, or live where the reader is host or builder),
 * and how many others live there without showing their name.
 */
public record AddressResidents(String address, List<Neighbour> residents, int hidden) {}
