/**
 * Built-in data: generators that write the course's own file formats ({@code PEMS04.npz},
 * {@code FS_NYC.csv}, the Krakow monthly CSVs), deterministic from a seed, so every experiment runs
 * without the course's files and is read by exactly the same readers as the real data.
 */
package edu.rnnlab.data.synthetic;
